from collections import Counter

POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


def top_tags(posts, limit):
    published = filter(lambda p: p["published"], posts)
    counts = Counter()
    for post in published:
        for tag in post["tags"]:
            counts[tag] += 1
    return counts.most_common(limit)


if __name__ == "__main__":
    print(top_tags(POSTS, 2))
