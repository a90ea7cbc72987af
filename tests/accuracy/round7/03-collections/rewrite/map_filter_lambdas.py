POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


from collections import Counter


def top_tags(posts, limit):
    published = list(filter(lambda post: post["published"], posts))
    tag_lists = list(map(lambda post: post["tags"], published))
    counts = Counter(tag for tags in tag_lists for tag in tags)
    return counts.most_common(limit)
