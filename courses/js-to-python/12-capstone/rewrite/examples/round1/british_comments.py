"""Lesson 12 · Rewrite: count tags across the .json posts in a folder."""
import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    # Behaviour as in the Node version: non-.json files are ignored and a
    # post with no tags (or tags: null) contributes nothing to the tally.
    counts = Counter()
    for post_path in Path(folder).glob("*.json"):
        post = json.loads(post_path.read_text(encoding="utf-8"))
        for tag in post.get("tags") or []:
            counts[tag] += 1
    return counts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
