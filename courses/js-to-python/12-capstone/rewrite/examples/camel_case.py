import json
from collections import Counter
from pathlib import Path


def countTags(dirName):
    tagCounts = Counter()
    for filePath in Path(dirName).glob("*.json"):
        tagCounts.update(json.loads(filePath.read_text(encoding="utf-8")).get("tags", []))
    return tagCounts
