from collections import Counter
from operator import itemgetter

POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


def top_tags(posts, limit):
    published = [post for post in posts if post["published"]]
    counts = Counter(tag for post in published for tag in post["tags"])
    return sorted(counts.items(), key=itemgetter(1), reverse=True)[:limit]


if __name__ == "__main__":
    print(top_tags(POSTS, 2))
