from collections import Counter


def top_tags(posts, limit):
    publishedPosts = [post for post in posts if post["published"]]
    tagCounts = Counter(tag for post in publishedPosts for tag in post["tags"])
    return tagCounts.most_common(limit)
