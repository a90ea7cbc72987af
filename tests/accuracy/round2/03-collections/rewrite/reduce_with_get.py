from functools import reduce


def top_tags(posts, limit):
    tags = [tag for post in posts if post["published"] for tag in post["tags"]]
    counts = reduce(lambda acc, tag: {**acc, tag: acc.get(tag, 0) + 1}, tags, {})
    return sorted(counts.items(), key=lambda kv: -kv[1])[:limit]
