POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


def top_tags(posts, limit):
    counts = {}
    for post in posts:
        if post["published"]:
            for tag in post["tags"]:
                counts.setdefault(tag, 0)
                counts[tag] += 1
    return sorted(counts.items(), key=lambda entry: entry[1], reverse=True)[:limit]
