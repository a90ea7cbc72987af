from collections import Counter


def top_tags(posts, limit):
    for post in list(posts):
        if not post["published"]:
            posts.remove(post)
    counts = Counter(tag for post in posts for tag in post["tags"])
    return counts.most_common(limit)
