"""Count tags across a folder of JSON posts."""
import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    posts = (json.loads(p.read_text(encoding="utf-8")) for p in Path(folder).glob("*.json"))
    return Counter(tag for post in posts for tag in post.get("tags", []))


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
