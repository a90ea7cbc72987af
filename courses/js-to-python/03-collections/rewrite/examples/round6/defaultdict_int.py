from collections import defaultdict

POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


def top_tags(posts, limit):
    counts = defaultdict(int)
    published = [post for post in posts if post["published"]]
    for post in published:
        for tag in post["tags"]:
            counts[tag] += 1
    return sorted(counts.items(), key=lambda pair: pair[1], reverse=True)[:limit]
