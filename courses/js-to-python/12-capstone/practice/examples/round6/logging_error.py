"""tagcount: print the most common tags in a folder of JSON posts."""
import argparse
import json
import logging
from collections import Counter
from pathlib import Path


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args(argv)

    counts = Counter()
    for path in sorted(Path(args.folder).glob("*.json")):
        try:
            with path.open(encoding="utf-8") as f:
                post = json.load(f)
        except json.JSONDecodeError as e:
            logging.error("skipped %s: %s", path.name, e.msg)
            continue
        counts.update(post.get("tags", []))
    for tag, count in counts.most_common(args.top):
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
