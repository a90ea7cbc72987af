import glob
import json
import os
from collections import Counter
from pathlib import Path


def count_tags(folder):
    counts = Counter()
    for name in glob.glob(os.path.join(folder, "*.json")):
        counts.update(json.loads(Path(name).read_text(encoding="utf-8")).get("tags", []))
    return counts


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
