"""tagcount: print the most common tags in a folder of JSON posts."""
import argparse
import json
import logging
from collections import Counter
from pathlib import Path


def main(argv=None):
    parser = argparse.ArgumentParser()
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
    top = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)[: args.top]
    for tag, count in top:
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
