import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    counts = Counter()
    for path in sorted(Path(folder).glob("*.json")):
        post = json.loads(path.read_text(encoding="utf-8"))
        for tag in post.get("tags", []):
            counts[tag] += 1
    return counts
