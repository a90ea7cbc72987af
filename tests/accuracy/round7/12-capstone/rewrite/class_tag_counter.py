"""Count tags across a folder of JSON posts."""
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class TagIndex:
    folder: Path
    counts: Counter = field(default_factory=Counter)

    def add_post(self, path: Path) -> None:
        post = json.loads(path.read_text(encoding="utf-8"))
        self.counts.update(post.get("tags", []))

    def build(self) -> Counter:
        for path in self.folder.glob("*.json"):
            self.add_post(path)
        return self.counts


def count_tags(folder):
    return TagIndex(Path(folder)).build()


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
