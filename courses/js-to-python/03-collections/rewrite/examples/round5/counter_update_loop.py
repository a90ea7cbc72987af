from collections import Counter


def top_tags(posts, limit):
    tag_counts = Counter()
    for post in posts:
        if post["published"]:
            tag_counts.update(post["tags"])
    return tag_counts.most_common(limit)
