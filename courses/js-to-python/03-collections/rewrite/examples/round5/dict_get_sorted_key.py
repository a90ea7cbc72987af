def top_tags(posts, limit):
    counts = {}
    for post in posts:
        if not post["published"]:
            continue
        for tag in post["tags"]:
            counts[tag] = counts.get(tag, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    return ranked[:limit]
