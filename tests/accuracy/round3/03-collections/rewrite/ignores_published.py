from collections import Counter


def top_tags(posts, limit):
    return Counter(tag for post in posts for tag in post["tags"]).most_common(limit)
