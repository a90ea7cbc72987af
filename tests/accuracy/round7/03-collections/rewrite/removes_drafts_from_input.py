POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


from collections import Counter


def top_tags(posts, limit):
    for post in list(posts):
        if not post["published"]:
            posts.remove(post)
    counts = Counter(tag for post in posts for tag in post["tags"])
    return counts.most_common(limit)
