import json
from pathlib import Path


def count_tags(folder):
    counts = {}
    for path in Path(folder).glob("*.json"):
        post = json.loads(path.read_text(encoding="utf-8"))
        for tag in post.get("tags", []):
            counts.setdefault(tag, 0)
            counts[tag] += 1
    return counts
