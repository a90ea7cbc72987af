from collections import Counter


def top_tags(posts, limit):
    published = filter(lambda post: post["published"], posts)
    tag_lists = map(lambda post: post["tags"], published)
    counts = Counter(tag for tags in tag_lists for tag in tags)
    return counts.most_common(limit)
