from collections import Counter


def top_tags(posts: list[dict], limit: int) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    for post in posts:
        if post["published"]:
            counts.update(post["tags"])
    return counts.most_common(limit)
