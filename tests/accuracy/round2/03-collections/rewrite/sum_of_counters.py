from collections import Counter


def top_tags(posts, limit):
    total = sum((Counter(post["tags"]) for post in posts if post["published"]), Counter())
    return total.most_common(limit)
