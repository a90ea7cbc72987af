from collections import Counter
from typing import Any

POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


def top_tags(posts: list[dict[str, Any]], limit: int) -> list[tuple[str, int]]:
    published_tags = [tag for post in posts if post["published"] for tag in post["tags"]]
    return Counter(published_tags).most_common(limit)
