"""Count tags across a folder of JSON posts."""
import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    folder = Path(folder)
    counter = Counter()
    for post_path in folder.glob("*.json"):
        post = json.loads(post_path.read_text(encoding="utf-8"))
        counter.update(post.get("tags", []))
    return dict(sorted(counter.items()))


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
