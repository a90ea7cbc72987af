import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    """Count every tag across the .json posts in FOLDER."""
    posts = (json.loads(path.read_text(encoding="utf-8"))
             for path in Path(folder).glob("*.json"))
    return Counter(tag for post in posts for tag in post.get("tags", []))
