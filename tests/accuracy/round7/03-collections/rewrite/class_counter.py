POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


from collections import Counter


class TagStats:
    def __init__(self, posts):
        self.counts = Counter()
        for post in posts:
            if post["published"]:
                self.counts.update(post["tags"])

    def top(self, limit):
        return self.counts.most_common(limit)


def top_tags(posts, limit):
    return TagStats(posts).top(limit)
