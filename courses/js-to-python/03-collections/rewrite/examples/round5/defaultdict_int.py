from collections import defaultdict
from operator import itemgetter


def top_tags(posts, limit):
    counts = defaultdict(int)
    for post in posts:
        if post["published"]:
            for tag in post["tags"]:
                counts[tag] += 1
    return sorted(counts.items(), key=itemgetter(1), reverse=True)[:limit]
