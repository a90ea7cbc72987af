"""tagcount: print the most common tags in a folder of posts."""
import argparse
import json
import logging
from collections import Counter
from pathlib import Path

LOG = logging.getLogger("tagcount")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tagcount", description=__doc__)
    parser.add_argument("folder", type=Path, help="folder of .json posts")
    parser.add_argument("--top", type=int, default=5, metavar="N")
    return parser


def load_posts(folder: Path):
    for path in sorted(folder.glob("*.json")):
        try:
            yield json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            LOG.warning("skipping %s: not valid JSON", path.name)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    counts = Counter(tag for post in load_posts(args.folder) for tag in post.get("tags", []))
    for tag, count in counts.most_common(args.top):
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
