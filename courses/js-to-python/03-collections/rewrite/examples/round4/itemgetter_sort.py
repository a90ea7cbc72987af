from collections import Counter
from operator import itemgetter


def top_tags(posts, limit):
    tags = [tag for post in posts if post["published"] for tag in post["tags"]]
    ranked = sorted(Counter(tags).items(), key=itemgetter(1), reverse=True)
    return ranked[:limit]
