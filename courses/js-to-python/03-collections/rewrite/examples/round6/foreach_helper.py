from collections import Counter

POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


def for_each(items, fn):
    for item in items:
        fn(item)


def top_tags(posts, limit):
    counts = Counter()
    published = filter(lambda post: post["published"], posts)
    for_each(published, lambda post: counts.update(post["tags"]))
    return counts.most_common(limit)
