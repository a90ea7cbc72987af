import json
from collections import Counter
from pathlib import Path


def countTags(dir):
    counts = Counter()
    for path in Path(dir).glob("*.json"):
        counts.update(json.loads(path.read_text(encoding="utf-8")).get("tags", []))
    return counts


count_tags = countTags


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
