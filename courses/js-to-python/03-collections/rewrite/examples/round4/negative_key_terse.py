from collections import Counter


def top_tags(posts, limit):
    c = Counter(t for p in posts if p["published"] for t in p["tags"])
    return sorted(c.items(), key=lambda kv: -kv[1])[:limit]
