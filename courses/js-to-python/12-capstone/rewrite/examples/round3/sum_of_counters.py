import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    per_file = (
        Counter(json.loads(path.read_text(encoding="utf-8")).get("tags", []))
        for path in Path(folder).glob("*.json")
    )
    return sum(per_file, Counter())
