"""Count tags across a folder of JSON posts."""
import json
from collections import defaultdict
from pathlib import Path


def count_tags(folder):
    counts = defaultdict(int)
    for path in Path(folder).glob("*.json"):
        for tag in json.loads(path.read_text(encoding="utf-8")).get("tags", []):
            counts[tag] += 1
    return counts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
