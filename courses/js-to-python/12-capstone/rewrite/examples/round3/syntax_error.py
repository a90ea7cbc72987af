import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    counts = Counter()
    for path in Path(folder).iterdir():
        if (path.suffix != ".json") { continue }
        counts.update(json.loads(path.read_text()).get("tags", []))
    return counts
