import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    return Counter(t for p in Path(folder).glob("*.json") for t in json.loads(p.read_text("utf-8")).get("tags", []))
