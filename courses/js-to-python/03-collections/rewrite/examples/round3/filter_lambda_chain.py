from collections import Counter


def top_tags(posts, limit):
    published = list(filter(lambda post: post["published"], posts))
    counts = Counter()
    list(map(lambda post: counts.update(post["tags"]), published))
    return counts.most_common(limit)
