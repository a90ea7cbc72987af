import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    return Counter(
        tag
        for path in Path(folder).glob("*.json")
        for tag in json.loads(path.read_text(encoding="utf-8")).get("tags", [])
    )


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
