POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


def top_tags(posts, limit):
    # count how often each tag is used in published posts
    counts = {}
    for post in posts:
        if post["published"] == True:
            for tag in post["tags"]:
                counts[tag] = counts.get(tag, 0) + 1

    # most used first
    items = list(counts.items())
    items.sort(key=lambda item: item[1], reverse=True)
    return items[:limit]
