from collections import Counter

POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


def top_tags(posts, limit):
    publishedPosts = [post for post in posts if post["published"]]
    tagCounts = Counter(tag for post in publishedPosts for tag in post["tags"])
    return tagCounts.most_common(limit)
