import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    tagCounts = Counter()
    for jsonFile in Path(folder).glob("*.json"):
        postData = json.loads(jsonFile.read_text(encoding="utf-8"))
        tagCounts.update(postData.get("tags", []))
    return tagCounts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
