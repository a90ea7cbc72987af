from functools import cmp_to_key

POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


def top_tags(posts, limit):
    counts = {}
    for post in posts:
        if post["published"]:
            for tag in post["tags"]:
                counts[tag] = counts.get(tag, 0) + 1
    entries = sorted(counts.items(), key=cmp_to_key(lambda a, b: b[1] - a[1]))
    return entries[:limit]
