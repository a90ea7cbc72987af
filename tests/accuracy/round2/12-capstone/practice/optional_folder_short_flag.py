"""tagcount: print the most common tags in a folder of .json posts."""
import argparse
import json
import logging
from collections import Counter
from pathlib import Path

log = logging.getLogger("tagcount")


def read_posts(folder):
    for path in sorted(folder.glob("*.json")):
        try:
            yield json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            log.warning("%s: invalid JSON, skipped", path)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="tagcount")
    parser.add_argument("folder", nargs="?", type=Path, default=Path("."))
    parser.add_argument("-n", "--top", type=int, default=5, metavar="N")
    args = parser.parse_args(argv)
    counts = Counter(tag for post in read_posts(args.folder) for tag in post.get("tags", []))
    for tag, count in counts.most_common(args.top):
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
