import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    # Counter starts every tag at 0, so no (counts[tag] || 0) needed.
    tag_counts = Counter()

    # glob("*.json") replaces readdirSync + the extname check.
    for json_file in Path(folder).glob("*.json"):
        # read_text replaces readFileSync(..., "utf8")
        text = json_file.read_text(encoding="utf-8")
        post = json.loads(text)

        # a post without "tags" counts nothing
        tags = post.get("tags", [])
        tag_counts.update(tags)

    return tag_counts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
