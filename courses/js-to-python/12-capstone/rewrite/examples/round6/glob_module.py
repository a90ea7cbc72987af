import glob
import json
import os
from collections import Counter


def count_tags(folder):
    counts = Counter()
    for filename in glob.glob(os.path.join(folder, "*.json")):
        with open(filename, encoding="utf-8") as f:
            counts.update(json.load(f).get("tags", []))
    return counts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
