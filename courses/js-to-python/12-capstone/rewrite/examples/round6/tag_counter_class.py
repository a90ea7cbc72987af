import json
from collections import Counter
from pathlib import Path


class TagCounter:
    def __init__(self, folder):
        self.folder = Path(folder)

    def posts(self):
        for path in self.folder.glob("*.json"):
            yield json.loads(path.read_text(encoding="utf-8"))

    def count(self):
        counts = Counter()
        for post in self.posts():
            counts.update(post.get("tags", []))
        return counts


def count_tags(folder):
    return TagCounter(folder).count()


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
