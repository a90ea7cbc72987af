from collections import Counter
from itertools import chain


def top_tags(posts, limit):
    published_tags = chain.from_iterable(post["tags"] for post in posts if post["published"])
    return Counter(published_tags).most_common(limit)
