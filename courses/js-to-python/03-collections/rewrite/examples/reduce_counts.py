from collections import Counter
from functools import reduce


def top_tags(posts, limit):
    tags = [tag for post in posts if post["published"] for tag in post["tags"]]
    counts = reduce(lambda acc, tag: acc + Counter([tag]), tags, Counter())
    return counts.most_common(limit)
