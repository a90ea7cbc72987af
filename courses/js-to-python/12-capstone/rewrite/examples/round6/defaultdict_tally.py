import json
from collections import defaultdict
from pathlib import Path


def count_tags(folder):
    counts = defaultdict(int)
    for path in Path(folder).glob("*.json"):
        post = json.loads(path.read_text(encoding="utf-8"))
        for tag in post.get("tags", []):
            counts[tag] += 1
    return dict(counts)


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
