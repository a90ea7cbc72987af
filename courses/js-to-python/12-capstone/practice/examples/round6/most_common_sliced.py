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

    counts = Counter()
    for path in args.folder.glob("*.json"):
        try:
            post = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            logging.warning("bad JSON in %s", path)
            continue
        counts.update(post.get("tags", []))
    for tag, count in counts.most_common()[: args.top]:
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
