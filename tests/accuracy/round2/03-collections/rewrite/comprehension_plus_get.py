def top_tags(posts, limit):
    tags = [tag for post in posts if post["published"] for tag in post["tags"]]
    tag_counts = {}
    for tag in tags:
        tag_counts[tag] = tag_counts.get(tag, 0) + 1
    ranked = sorted(tag_counts.items(), key=lambda pair: pair[1], reverse=True)
    return ranked[:limit]
