import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    counts = Counter()
    for (const path of Path(folder).glob("*.json")):
        post = json.loads(path.read_text(encoding="utf-8"))
        counts.update(post.get("tags", []))
    return counts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
