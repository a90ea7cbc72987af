import json
import os
from collections import Counter


def count_tags(folder):
    counts = Counter()
    for name in sorted(os.listdir(folder)):
        if name.endswith(".json"):
            with open(folder + "/" + name, encoding="utf-8") as f:
                counts.update(json.load(f).get("tags", []))
    return counts
