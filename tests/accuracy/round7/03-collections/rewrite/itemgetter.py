POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


from collections import Counter
from operator import itemgetter


def top_tags(posts, limit):
    counts = Counter()
    for post in filter(itemgetter("published"), posts):
        counts.update(post["tags"])
    return sorted(counts.items(), key=itemgetter(1), reverse=True)[:limit]
