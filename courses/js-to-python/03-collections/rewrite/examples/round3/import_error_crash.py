from collection import Counter


def top_tags(posts, limit):
    return Counter(t for p in posts if p["published"] for t in p["tags"]).most_common(limit)
