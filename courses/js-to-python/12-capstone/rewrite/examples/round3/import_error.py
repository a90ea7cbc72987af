import json
from collections import Counter
from pathlib import path


def count_tags(folder):
    counts = Counter()
    for p in path(folder).glob("*.json"):
        counts.update(json.loads(p.read_text()).get("tags", []))
    return counts
