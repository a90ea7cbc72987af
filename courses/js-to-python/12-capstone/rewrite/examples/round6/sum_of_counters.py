import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    return sum(
        (Counter(json.loads(p.read_text(encoding="utf-8")).get("tags", []))
         for p in Path(folder).glob("*.json")),
        Counter(),
    )


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
