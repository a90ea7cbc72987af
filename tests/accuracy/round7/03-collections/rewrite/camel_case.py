POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


from collections import Counter


def top_tags(posts, limit):
    tagCounts = Counter(tag for post in posts if post["published"] for tag in post["tags"])
    topList = tagCounts.most_common(limit)
    return topList
