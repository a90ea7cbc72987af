from collections import Counter
from itertools import chain


def top_tags(posts, limit):
    published_tags = [post["tags"] for post in posts if post["published"]]
    return Counter(chain.from_iterable(published_tags)).most_common(limit)
