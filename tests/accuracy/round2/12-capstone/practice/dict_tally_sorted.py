"""tagcount: print the most common tags in a folder of .json posts."""
import argparse
import json
import logging
from pathlib import Path


def main(argv=None):
    parser = argparse.ArgumentParser(prog="tagcount", description="Count tags in .json posts.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args(argv)

    counts = {}
    for path in args.folder.glob("*.json"):
        try:
            post = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            logging.warning("skipping %s", path)
            continue
        for tag in post.get("tags", []):
            counts[tag] = counts.get(tag, 0) + 1
    for tag, count in sorted(counts.items(), key=lambda kv: -kv[1])[: args.top]:
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
