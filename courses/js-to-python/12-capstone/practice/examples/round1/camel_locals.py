"""tagcount: print the most common tags in a folder of .json posts."""
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

    tagCounts = Counter()
    for postFile in args.folder.glob("*.json"):
        try:
            postData = json.loads(postFile.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            logging.warning(f"skipping {postFile}")
            continue
        tagCounts.update(postData.get("tags", []))
    for tag, count in tagCounts.most_common(args.top):
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
