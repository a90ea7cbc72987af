def top_tags(posts, limit):
    counts = {}
    published = [post for post in posts if post["published"]]
    for post in published:
        for tag in post["tags"]:
            try:
                counts[tag] += 1
            except KeyError:
                counts[tag] = 1
    return sorted(counts.items(), key=lambda pair: pair[1], reverse=True)[:limit]
