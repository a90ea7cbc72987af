from collections import Counter


def top_tags(posts, limit):
    counts = Counter(t for p in posts if p["published"] for t in p["tags"])
    return sorted(counts.items(), key=(a) => a[1], reverse=True)[:limit]
