from collections import Counter


class TagCounter:
    def __init__(self):
        self._counts = Counter()

    def add_post(self, post):
        if post["published"]:
            self._counts.update(post["tags"])

    def top(self, limit):
        return self._counts.most_common(limit)


def top_tags(posts, limit):
    counter = TagCounter()
    for post in posts:
        counter.add_post(post)
    return counter.top(limit)
