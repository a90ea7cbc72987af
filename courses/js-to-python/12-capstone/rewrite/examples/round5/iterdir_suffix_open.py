import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    counts = Counter()
    for entry in Path(folder).iterdir():
        if entry.suffix != ".json":
            continue
        with entry.open(encoding="utf-8") as handle:
            post = json.load(handle)
        counts.update(post.get("tags") or [])
    return counts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
