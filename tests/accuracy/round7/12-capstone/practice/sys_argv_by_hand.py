"""tagcount: print the most common tags in a folder of posts."""
import json
import logging
import sys
from collections import Counter
from pathlib import Path


def main(argv=None):
    folder = Path(sys.argv[1])
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 5
    counts = Counter()
    for path in folder.glob("*.json"):
        try:
            counts.update(json.loads(path.read_text(encoding="utf-8")).get("tags", []))
        except json.JSONDecodeError:
            logging.warning("skipping %s", path)
    for tag, count in counts.most_common(top):
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
