"""Count tags across the .json posts in a folder."""
import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    tags = []
    for path in Path(folder).glob("*.json"):
        tags.extend(json.loads(path.read_text()).get("tags", []))
    return Counter(tags)


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
