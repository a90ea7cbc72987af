from collections import Counter


def top_tags(posts, limit):
    tags = [t for p in posts if p["published"] for t in p["tags"]]
    return Counter(tags).most_common()[:limit]
