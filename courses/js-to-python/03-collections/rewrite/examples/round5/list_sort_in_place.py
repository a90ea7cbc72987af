def top_tags(posts, limit):
    counts = {}
    for post in (p for p in posts if p["published"]):
        for tag in post["tags"]:
            counts[tag] = counts.get(tag, 0) + 1
    pairs = list(counts.items())
    pairs.sort(key=lambda pair: pair[1], reverse=True)
    return pairs[:limit]
