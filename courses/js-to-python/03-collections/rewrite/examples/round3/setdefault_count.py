def top_tags(posts, limit):
    counts = {}
    for post in [p for p in posts if p["published"]]:
        for tag in post["tags"]:
            counts.setdefault(tag, 0)
            counts[tag] += 1
    ranked = sorted(counts.items(), key=lambda pair: -pair[1])
    return ranked[:limit]
