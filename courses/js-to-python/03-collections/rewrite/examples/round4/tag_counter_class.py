from collections import Counter


class TagCounter:
    """Counts tags across published posts."""

    def __init__(self, posts):
        self._posts = [post for post in posts if post["published"]]

    @property
    def counts(self):
        return Counter(tag for post in self._posts for tag in post["tags"])

    def top(self, limit):
        return self.counts.most_common(limit)


def top_tags(posts, limit):
    return TagCounter(posts).top(limit)
