import heapq
from collections import Counter
from operator import itemgetter


def top_tags(posts, limit):
    counts = Counter()
    for post in posts:
        if post["published"]:
            counts.update(post["tags"])
    return heapq.nlargest(limit, counts.items(), key=itemgetter(1))
