from collections import Counter

POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


def top_tags(posts, limit):
    counts = Counter()
    for post in list(filter(lambda post: post["published"], posts)):
        counts.update(post["tags"])
    return counts.most_common(limit)


if __name__ == "__main__":
    print(top_tags(POSTS, 2))
