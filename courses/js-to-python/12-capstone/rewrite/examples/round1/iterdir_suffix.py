"""Lesson 12 · Rewrite: count tags across the .json posts in a folder."""
import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    tally = Counter()
    for entry in Path(folder).iterdir():
        if entry.suffix != ".json":
            continue
        with entry.open(encoding="utf-8") as fh:
            post = json.load(fh)
        tally.update(post.get("tags", []))
    return tally


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
