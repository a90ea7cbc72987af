"""tagcount: print the most common tags in a folder of posts."""
import argparse
import json
import logging
from collections import Counter
from pathlib import Path

COUNTS = Counter()


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args(argv)
    for path in args.folder.glob("*.json"):
        try:
            COUNTS.update(json.loads(path.read_text(encoding="utf-8")).get("tags", []))
        except json.JSONDecodeError:
            logging.warning("skipping %s", path)
    for tag, count in COUNTS.most_common(args.top):
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
