import heapq
from collections import Counter
from itertools import chain


def top_tags(posts, limit):
    counts = Counter(chain.from_iterable(p["tags"] for p in posts if p["published"]))
    return heapq.nlargest(limit, counts.items(), key=lambda pair: pair[1])
