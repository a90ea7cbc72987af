import json
from collections import Counter
from pathlib import Path


def count_tags(folder):
    tagCounts = Counter()
    for filePath in Path(folder).glob("*.json"):
        jsonText = filePath.read_text(encoding="utf-8")
        postData = json.loads(jsonText)
        tagCounts.update(postData.get("tags", []))
    return tagCounts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
