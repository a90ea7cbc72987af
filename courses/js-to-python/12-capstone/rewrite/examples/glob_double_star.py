import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    counts = Counter()
    for path in Path(folder).glob("**/*.json"):
        with path.open(encoding="utf-8") as f:
            counts.update(json.load(f).get("tags", []))
    return counts
