"""Count tags across a folder of JSON posts."""
import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    counts = Counter()
    for path in Path(folder).glob("*.json"):
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        for tag in data.get("tags", []):
            counts[tag] += 1
    return counts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
