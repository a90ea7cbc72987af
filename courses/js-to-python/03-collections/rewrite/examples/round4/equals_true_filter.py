from collections import Counter


def top_tags(posts, limit):
    counter = Counter()
    for post in posts:
        if post["published"] == True:
            for tag in post["tags"]:
                counter[tag] += 1
    return counter.most_common(limit)
