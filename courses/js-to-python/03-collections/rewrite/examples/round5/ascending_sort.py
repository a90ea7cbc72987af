def top_tags(posts, limit):
    counts = {}
    for post in posts:
        if post["published"]:
            for tag in post["tags"]:
                counts[tag] = counts.get(tag, 0) + 1
    return sorted(counts.items(), key=lambda kv: kv[1])[:limit]
