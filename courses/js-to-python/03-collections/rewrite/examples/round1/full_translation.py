from functools import cmp_to_key

POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


def top_tags(posts, limit):
    tagCounts = {}
    list(map(lambda post: [tagCounts.update({tag: (tagCounts.get(tag) or 0) + 1}) for tag in post["tags"]],
             filter(lambda post: post["published"], posts)))
    return sorted(tagCounts.items(), key=cmp_to_key(lambda a, b: b[1] - a[1]))[:limit]


if __name__ == "__main__":
    print(top_tags(POSTS, 2))
