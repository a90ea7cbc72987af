import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    folder_path = Path(folder)
    tag_counts = Counter()
    for entry in folder_path.iterdir():
        if not entry.is_file():
            continue
        if entry.suffix != ".json":
            continue
        text = entry.read_text(encoding="utf-8")
        post = json.loads(text)
        tags = post.get("tags", [])
        for tag in tags:
            tag_counts[tag] += 1
    return tag_counts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
