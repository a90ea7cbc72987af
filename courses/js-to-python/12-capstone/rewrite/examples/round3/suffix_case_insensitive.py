import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    tally = Counter()
    for entry in Path(folder).iterdir():
        if entry.is_file() and entry.suffix.lower() == ".json":
            tally.update(json.loads(entry.read_text(encoding="utf-8")).get("tags", []))
    return tally


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
