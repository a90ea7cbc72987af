from collections import Counter

POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


def top_tags(posts, limit):
    published = list(filter(lambda post: post["published"], posts))
    counts = Counter()
    for post in published:
        counts.update(post["tags"])
    return counts.most_common(limit)
