import json
from collections import Counter
from pathlib import Path


def count_tags(folder, skip=[]):
    counts = Counter()
    for path in Path(folder).glob("*.json"):
        if path.name in skip:
            continue
        tags = json.loads(path.read_text(encoding="utf-8")).get("tags", [])
        if len(tags) > 0:
            counts.update(tags)
    return counts
