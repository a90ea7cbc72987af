def for_each(items, callback):
    for item in items:
        callback(item)


def top_tags(posts, limit):
    counts = {}

    def count_post(post):
        for tag in post["tags"]:
            if tag not in counts:
                counts[tag] = 0
            counts[tag] += 1

    for_each([p for p in posts if p["published"]], count_post)
    return sorted(counts.items(), key=lambda e: e[1], reverse=True)[:limit]
