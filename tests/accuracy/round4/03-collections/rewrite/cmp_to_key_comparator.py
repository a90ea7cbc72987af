from collections import Counter
from functools import cmp_to_key


def top_tags(posts, limit):
    counts = Counter(tag for post in posts if post["published"] for tag in post["tags"])
    entries = sorted(counts.items(), key=cmp_to_key(lambda a, b: b[1] - a[1]))
    return entries[:limit]
