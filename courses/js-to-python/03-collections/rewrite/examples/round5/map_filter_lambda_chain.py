from collections import Counter


def top_tags(posts, limit):
    tag_lists = map(lambda post: post["tags"], filter(lambda post: post["published"], posts))
    return Counter(tag for tags in tag_lists for tag in tags).most_common(limit)
