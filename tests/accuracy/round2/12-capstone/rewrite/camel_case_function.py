"""Count tags across the .json posts in a folder."""
import json
from collections import Counter
from pathlib import Path


def countTags(dir):
    tagCounts = Counter()
    for filePath in Path(dir).glob("*.json"):
        post = json.loads(filePath.read_text(encoding="utf-8"))
        tagCounts.update(post.get("tags", []))
    return tagCounts
