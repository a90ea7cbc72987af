import json
from collections import Counter
from pathlib import Path

TAG_COUNTS = Counter()


def count_tags(folder):
    for path in Path(folder).glob("*.json"):
        post = json.loads(path.read_text(encoding="utf-8"))
        TAG_COUNTS.update(post.get("tags", []))
    return TAG_COUNTS


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
