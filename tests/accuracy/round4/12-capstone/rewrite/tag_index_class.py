import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class TagIndex:
    """Accumulates tag counts from post files."""

    counts: Counter = field(default_factory=Counter)

    def add_post(self, path: Path) -> None:
        post = json.loads(path.read_text(encoding="utf-8"))
        self.counts.update(post.get("tags", []))

    @classmethod
    def from_folder(cls, folder: Path) -> "TagIndex":
        index = cls()
        for path in folder.glob("*.json"):
            index.add_post(path)
        return index


def count_tags(folder):
    return TagIndex.from_folder(Path(folder)).counts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
