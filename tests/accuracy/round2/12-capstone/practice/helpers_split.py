"""tagcount: print the most common tags in a folder of .json posts."""
import argparse
import json
import logging
from collections import Counter
from pathlib import Path

logger = logging.getLogger(__name__)


def build_parser():
    parser = argparse.ArgumentParser(prog="tagcount", description="Most common tags.")
    parser.add_argument("folder", type=Path, help="folder of .json posts")
    parser.add_argument("--top", type=int, default=5, help="how many tags (default 5)")
    return parser


def load_posts(folder):
    for path in sorted(folder.glob("*.json")):
        try:
            yield json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as err:
            logger.warning("skipping %s: %s", path.name, err.msg)


def print_top(counts, n):
    for tag, count in counts.most_common(n):
        print(tag, count)


def main(argv=None):
    args = build_parser().parse_args(argv)
    counts = Counter()
    for post in load_posts(args.folder):
        counts.update(post.get("tags", []))
    print_top(counts, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
