"""tagcount: print the most common tags in a folder of posts."""
import argparse
import json
import logging
import os
from collections import Counter


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args(argv)
    counts = Counter()
    for name in sorted(os.listdir(args.folder)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(args.folder, name), encoding="utf-8") as handle:
            try:
                post = json.load(handle)
            except json.JSONDecodeError:
                logging.getLogger(__name__).warning("skipped %s", name)
                continue
        counts.update(post.get("tags", []))
    for tag, count in counts.most_common(args.top):
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
