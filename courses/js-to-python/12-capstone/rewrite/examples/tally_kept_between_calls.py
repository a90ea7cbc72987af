import json
from collections import Counter
from pathlib import Path

_seen = Counter()


def count_tags(folder):
    for path in sorted(Path(folder).glob("*.json")):
        _seen.update(json.loads(path.read_text(encoding="utf-8")).get("tags", []))
    return Counter(_seen)
