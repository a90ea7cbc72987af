from functools import cmp_to_key


def top_tags(posts, limit):
    counts = {}
    for post in (p for p in posts if p["published"]):
        for tag in post["tags"]:
            counts[tag] = counts.get(tag, 0) + 1
    entries = sorted(counts.items(), key=cmp_to_key(lambda a, b: b[1] - a[1]))
    return entries[:limit]
