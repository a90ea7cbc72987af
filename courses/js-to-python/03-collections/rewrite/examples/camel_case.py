from collections import Counter


def topTags(posts, limit):
    tagCounts = Counter(tag for post in posts if post["published"] for tag in post["tags"])
    return tagCounts.most_common(limit)
