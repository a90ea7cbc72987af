from collections import Counter

POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


def top_tags(posts: list[dict], limit: int) -> list[tuple[str, int]]:
    """Return the `limit` most used tags of published posts, most used first."""
    tag_counts = Counter(
        tag
        for post in posts
        if post["published"]
        for tag in post["tags"]
    )
    return tag_counts.most_common(limit)


if __name__ == "__main__":
    print(top_tags(POSTS, 2))
