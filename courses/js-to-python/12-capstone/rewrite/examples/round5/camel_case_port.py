import json
from collections import Counter
from pathlib import Path


def countTags(dir):
    counts = Counter()
    for filePath in Path(dir).glob("*.json"):
        post = json.loads(filePath.read_text(encoding="utf-8"))
        counts.update(post.get("tags") or [])
    return counts


if __name__ == "__main__":
    import sys

    print(countTags(sys.argv[1] if len(sys.argv) > 1 else "."))
