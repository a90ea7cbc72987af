from collections import defaultdict


def top_tags(posts, limit):
    counts = defaultdict(int)
    for post in posts:
        if post["published"]:
            for tag in post["tags"]:
                counts[tag] += 1
    return sorted(counts.items(), key=lambda pair: pair[1], reverse=True)[:limit]
