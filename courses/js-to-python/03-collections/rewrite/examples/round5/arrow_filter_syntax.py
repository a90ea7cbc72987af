from collections import Counter


def top_tags(posts, limit):
    published = posts.filter(post => post["published"])
    counts = Counter(tag for post in published for tag in post["tags"])
    return counts.most_common(limit)
