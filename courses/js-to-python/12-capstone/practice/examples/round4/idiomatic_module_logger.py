"""tagcount: print the most common tags in a folder of JSON posts."""
import argparse
import json
import logging
from collections import Counter
from pathlib import Path

log = logging.getLogger("tagcount")


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="tagcount", description=__doc__)
    parser.add_argument("folder", type=Path, help="folder of .json posts")
    parser.add_argument("--top", type=int, default=5, help="how many tags to show")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    counts = Counter()
    for path in sorted(args.folder.glob("*.json")):
        try:
            post = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as err:
            log.warning("skipping %s: %s", path.name, err)
            continue
        counts.update(post.get("tags", []))
    for tag, count in counts.most_common(args.top):
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
