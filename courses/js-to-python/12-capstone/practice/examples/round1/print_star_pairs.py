"""tagcount: print the most common tags in a folder of .json posts."""
import argparse
import json
import logging
from collections import Counter
from pathlib import Path

logger = logging.getLogger(__name__)


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="tagcount")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=5)
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    counts = Counter()
    for path in args.folder.glob("*.json"):
        try:
            post = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            logger.warning("skipped %s: %s", path.name, exc.msg)
            continue
        counts.update(post.get("tags", []))
    for pair in counts.most_common(args.top):
        print(*pair)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
