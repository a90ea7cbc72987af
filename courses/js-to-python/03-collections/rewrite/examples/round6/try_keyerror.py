POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


def top_tags(posts, limit):
    counts = {}
    for post in [p for p in posts if p["published"]]:
        for tag in post["tags"]:
            try:
                counts[tag] += 1
            except KeyError:
                counts[tag] = 1
    return sorted(counts.items(), key=lambda item: item[1], reverse=True)[:limit]
