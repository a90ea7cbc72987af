from collections import Counter


def top_tags(posts, limit):
    counts = Counter()
    for post in filter(lambda p: p["published"], posts):
        for tag in post["tags"]:
            counts[tag] += 1
    return counts.most_common(limit)
