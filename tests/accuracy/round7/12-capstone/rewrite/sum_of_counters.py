"""Count tags across a folder of JSON posts."""
import json
from collections import Counter
from pathlib import Path


def _tags(path: Path) -> list[str]:
    return json.loads(path.read_text(encoding="utf-8")).get("tags", [])


def count_tags(folder):
    return sum((Counter(_tags(path)) for path in Path(folder).glob("*.json")), Counter())


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
