"""Count tags across the .json posts in a folder."""
import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    counts = Counter()
    for name in [p.name for p in Path(folder).iterdir()]:
        if not name.endswith(".json"):
            continue
        f = open(folder + "/" + name, encoding="utf-8")
        counts.update(json.load(f).get("tags", []))
        f.close()
    return counts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
