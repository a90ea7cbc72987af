from collections import Counter

POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


def top_tags(posts, limit):
    tag_counts = Counter()
    for post in posts:
        if post["published"]:
            for tag in post["tags"]:
                tag_counts[tag] += 1
    return tag_counts.most_common()[:limit]
