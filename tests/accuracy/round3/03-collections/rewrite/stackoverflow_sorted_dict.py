def top_tags(posts, limit):
    counts = {}
    for post in posts:
        if post["published"]:
            for tag in post["tags"]:
                counts[tag] = counts.get(tag, 0) + 1
    # https://stackoverflow.com/questions/613183 sort a dict by value
    return {k: v for k, v in sorted(counts.items(), key=lambda item: item[1], reverse=True)[:limit]}
