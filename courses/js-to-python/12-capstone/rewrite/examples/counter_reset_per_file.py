"""Lesson 12 · Rewrite: a new Counter per file, so only the last post's tags survive."""
import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    counts = Counter()
    for path in sorted(Path(folder).glob("*.json")):
        post = json.loads(path.read_text(encoding="utf-8"))
        counts = Counter(post.get("tags", []))
    return counts
