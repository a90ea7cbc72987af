import json
from pathlib import Path


def count_tags(folder):
    counts = {}
    for path in Path(folder).glob("*.json"):
        post = json.loads(path.read_text(encoding="utf-8"))
        for tag in post.get("tags", []):
            counts[tag] = counts.get(tag, 0) + 1
    return counts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
