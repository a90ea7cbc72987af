from collections import Counter


def top_tags(posts, limit):
    counts = Counter(t for p in posts if p["published"] for t in p["tags"])
    return [[tag, count] for tag, count in counts.most_common(limit)]
