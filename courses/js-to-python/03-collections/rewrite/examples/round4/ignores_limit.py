from collections import Counter


def top_tags(posts, limit):
    """Return (tag, count) pairs for published posts, most used first."""
    counts = Counter(tag for post in posts if post["published"] for tag in post["tags"])
    return counts.most_common()
