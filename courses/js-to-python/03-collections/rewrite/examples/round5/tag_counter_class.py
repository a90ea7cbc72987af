from collections import Counter


class TagStats:
    """Counts tags across published posts."""

    def __init__(self):
        self._counts = Counter()

    def add_post(self, post):
        if post["published"]:
            self._counts.update(post["tags"])

    def top(self, limit):
        return self._counts.most_common(limit)


def top_tags(posts, limit):
    stats = TagStats()
    for post in posts:
        stats.add_post(post)
    return stats.top(limit)
