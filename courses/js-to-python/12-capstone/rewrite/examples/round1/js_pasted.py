"""Lesson 12 · Rewrite: count tags across the .json posts in a folder."""
import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    counts = Counter()
    for (const name of Path(folder).iterdir()) {
        if (name.suffix !== ".json") continue;
        counts.update(json.loads(name.read_text()).get("tags", []))
    }
    return counts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
