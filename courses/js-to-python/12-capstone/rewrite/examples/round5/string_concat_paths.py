import json
import os
from collections import Counter


def count_tags(folder):
    counts = Counter()
    for name in os.listdir(folder):
        if not name.endswith(".json"):
            continue
        f = open(folder + "/" + name)
        post = json.loads(f.read())
        f.close()
        counts.update(post.get("tags", []))
    return counts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
