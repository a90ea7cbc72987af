import json
from collections import Counter


def count_tags(folder):
    counts = Counter()
    for path in folder.glob("*.json"):
        counts.update(json.loads(path.read_text(encoding="utf-8")).get("tags", []))
    return counts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
