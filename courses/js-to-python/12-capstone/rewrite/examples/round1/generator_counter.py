"""Lesson 12 · Rewrite: count tags across the .json posts in a folder."""
import json
from collections import Counter
from pathlib import Path


def _load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def count_tags(folder):
    posts = (_load(path) for path in Path(folder).glob("*.json"))
    return Counter(tag for post in posts for tag in post.get("tags", []))


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
