"""tagcount: print the most common tags in a folder of JSON posts."""
import sys
import json
import logging
from collections import Counter
from pathlib import Path


def main(argv=None):
    folder = Path(sys.argv[1])
    top = 5
    if "--top" in sys.argv:
        top = int(sys.argv[sys.argv.index("--top") + 1])

    counts = Counter()
    for path in folder.glob("*.json"):
        try:
            post = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            logging.warning("skipping %s", path)
            continue
        counts.update(post.get("tags", []))
    for tag, count in counts.most_common(top):
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
