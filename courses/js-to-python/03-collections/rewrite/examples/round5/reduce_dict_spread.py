from functools import reduce


def top_tags(posts, limit):
    published = filter(lambda post: post["published"], posts)
    all_tags = reduce(lambda acc, post: acc + post["tags"], published, [])
    counts = reduce(lambda acc, tag: {**acc, tag: acc.get(tag, 0) + 1}, all_tags, {})
    return sorted(counts.items(), key=lambda kv: kv[1], reverse=True)[:limit]
