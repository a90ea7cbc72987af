"""Count tags across the .json posts in a folder."""
import json
from collections import Counter
from pathlib import Path


def _posts(folder):
    for path in Path(folder).iterdir():
        if path.suffix == ".json":
            yield json.loads(path.read_text(encoding="utf-8"))


def count_tags(folder):
    return Counter(tag for post in _posts(folder) for tag in post.get("tags", []))


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
