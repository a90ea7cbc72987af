POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


from collection import Counter


def top_tags(posts, limit):
    return Counter(tag for post in posts if post["published"] for tag in post["tags"]).most_common(limit)
