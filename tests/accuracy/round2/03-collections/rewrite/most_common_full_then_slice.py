from collections import Counter


def top_tags(posts, limit):
    counts = Counter()
    for post in (p for p in posts if p["published"]):
        for tag in post["tags"]:
            counts[tag] += 1
    return counts.most_common()[:limit]
