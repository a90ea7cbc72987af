"""Lesson 12 · Rewrite: post["tags"] where the JavaScript had `post.tags || []`."""
import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    counts = Counter()
    for path in Path(folder).glob("*.json"):
        post = json.loads(path.read_text(encoding="utf-8"))
        counts.update(post["tags"])
    return counts
