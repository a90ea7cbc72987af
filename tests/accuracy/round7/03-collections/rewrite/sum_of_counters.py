POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


from collections import Counter


def top_tags(posts, limit):
    total = sum((Counter(post["tags"]) for post in posts if post["published"]), Counter())
    return total.most_common(limit)
