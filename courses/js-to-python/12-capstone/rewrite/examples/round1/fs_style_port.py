"""Lesson 12 · Rewrite: count tags across the .json posts in a folder."""
import json
import os


def count_tags(folder):
    counts = {}
    for name in os.listdir(folder):
        if os.path.splitext(name)[1] != ".json":
            continue
        fileText = open(os.path.join(folder, name), "r", encoding="utf8").read()
        post = json.loads(fileText)
        for tag in post.get("tags") or []:
            counts[tag] = (counts.get(tag) or 0) + 1
    return counts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
