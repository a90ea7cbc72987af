import json  # JSON.parse -> json.loads
from collections import Counter  # replaces the counts = {} object
from pathlib import Path  # replaces fs + path


def count_tags(folder):
    # Counter starts every tag at 0, so no (counts[tag] || 0) needed
    counts = Counter()

    # glob("*.json") does readdirSync + the extname check in one go
    for json_file in Path(folder).glob("*.json"):
        # read_text is readFileSync(..., "utf8")
        text = json_file.read_text(encoding="utf-8")
        post = json.loads(text)

        # post.tags || [] -> post.get("tags", [])
        for tag in post.get("tags", []):
            counts[tag] += 1

    return counts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
