import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    posts = (json.loads(p.read_text(encoding="utf-8")) for p in Path(folder).glob("*.json"))
    return dict(Counter(tag for post in posts for tag in post.get("tags", [])))
