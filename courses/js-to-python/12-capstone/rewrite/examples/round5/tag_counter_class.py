import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class TagIndex:
    folder: Path
    counts: Counter = field(default_factory=Counter)

    def posts(self):
        for path in self.folder.glob("*.json"):
            yield json.loads(path.read_text(encoding="utf-8"))

    def build(self) -> Counter:
        for post in self.posts():
            self.counts.update(post.get("tags", []))
        return self.counts


def count_tags(folder):
    return TagIndex(Path(folder)).build()


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
