from collections import Counter


def top_tags(posts, limit):
    counts = Counter(tag for post in posts if post["published"] for tag in post["tags"])
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    return ranked.slice(0, limit)
