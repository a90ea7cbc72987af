from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any


def top_tags(posts: Iterable[Mapping[str, Any]], limit: int) -> list[tuple[str, int]]:
    """Return the `limit` most used tags of published posts, most used first."""
    counts: Counter[str] = Counter(
        tag
        for post in posts
        if post["published"]
        for tag in post["tags"]
    )
    return counts.most_common(limit)
