"""tagcount: print the most common tags in a folder of JSON posts."""
import argparse
import json
import logging
from collections import Counter
from pathlib import Path


logger = logging.getLogger("tagcount")


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args(argv)

    tally = Counter()
    for path in Path(args.folder).glob("*.json"):
        try:
            with open(path, encoding="utf-8") as fh:
                post = json.load(fh)
        except json.JSONDecodeError:
            logger.warning("Skipping %s: not valid JSON", path)
            continue
        tally.update(post.get("tags", []))
    for tag, count in tally.most_common(args.top):
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
