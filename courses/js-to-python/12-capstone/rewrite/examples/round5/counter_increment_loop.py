import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    tag_counts = Counter()
    for json_file in sorted(Path(folder).glob("*.json")):
        post = json.loads(json_file.read_text(encoding="utf-8"))
        for tag in post.get("tags", []):
            tag_counts[tag] += 1
    return tag_counts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
