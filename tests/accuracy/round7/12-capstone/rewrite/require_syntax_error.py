"""Count tags across a folder of JSON posts."""
const fs = require("fs")
from collections import Counter
from pathlib import Path


def count_tags(folder):
    counts = Counter()
    for path in Path(folder).glob("*.json"):
        counts.update(__import__("json").loads(path.read_text()).get("tags", []))
    return counts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
