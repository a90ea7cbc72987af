from collections import Counter
from functools import cmp_to_key


def top_tags(posts, limit):
    counts = Counter()
    for post in posts:
        if post["published"]:
            counts.update(post["tags"])
    by_count_desc = cmp_to_key(lambda a, b: b[1] - a[1])
    return sorted(counts.items(), key=by_count_desc)[:limit]
