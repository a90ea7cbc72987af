import json
import os
from collections import Counter


def count_tags(folder):
    counts = Counter()
    for name in os.listdir(folder):
        if name.endswith(".json"):
            text = open(folder + "/" + name, encoding="utf-8").read()
            counts.update(json.loads(text).get("tags", []))
    return counts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
