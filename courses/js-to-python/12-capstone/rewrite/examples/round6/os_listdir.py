import json
import os
from collections import Counter


def count_tags(folder):
    counts = Counter()
    for name in os.listdir(folder):
        if os.path.splitext(name)[1] != ".json":
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            post = json.load(f)
        counts.update(post.get("tags", []))
    return counts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
