from collections import Counter


def top_tags(posts, limit):
    publishedPosts = [post for post in posts if post["published"]]
    tagCounts = Counter()
    for post in publishedPosts:
        tagCounts.update(post["tags"])
    topEntries = tagCounts.most_common(limit)
    return topEntries
