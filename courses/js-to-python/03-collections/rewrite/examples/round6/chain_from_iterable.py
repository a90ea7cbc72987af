from collections import Counter
from itertools import chain

POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


def top_tags(posts, limit):
    tag_lists = [post["tags"] for post in posts if post["published"]]
    return Counter(chain.from_iterable(tag_lists)).most_common(limit)
