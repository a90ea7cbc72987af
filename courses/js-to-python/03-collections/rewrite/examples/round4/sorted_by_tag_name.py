from collections import Counter


def top_tags(posts, limit):
    counts = Counter()
    for post in posts:
        if post["published"]:
            counts.update(post["tags"])
    return sorted(counts.items())[:limit]
