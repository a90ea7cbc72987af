import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    counts = Counter()
    for path in sorted(Path(folder).glob("*.json")):
        with path.open(encoding="utf-8") as f:
            post = json.load(f)
        counts.update(post.get("tags") or [])
    return dict(counts)


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
