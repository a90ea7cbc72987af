from collections import Counter


def for_each(items, fn):
    for item in items:
        fn(item)


def top_tags(posts, limit):
    counts = Counter()
    for_each(filter(lambda p: p["published"], posts), lambda p: counts.update(p["tags"]))
    return counts.most_common(limit)
