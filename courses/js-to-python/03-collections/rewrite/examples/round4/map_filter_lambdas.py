from collections import Counter


def top_tags(posts, limit):
    published = list(filter(lambda post: post["published"], posts))
    tag_lists = list(map(lambda post: post["tags"], published))
    counts = Counter()
    for tags in tag_lists:
        counts.update(tags)
    return counts.most_common(limit)
