"""tagcount: print the most common tags in a folder of .json posts."""
import argparse
import json
import logging
import sys
from collections import Counter
from pathlib import Path


def main(argv=None):
    parser = argparse.ArgumentParser(description="Count tags.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args(argv)

    tags = Counter()
    for path in args.folder.glob("*.json"):
        try:
            tags.update(json.loads(path.read_text(encoding="utf-8")).get("tags", []))
        except ValueError:
            logging.getLogger(__name__).warning("skipped invalid JSON file %s", path)
    for tag, count in tags.most_common(args.top):
        sys.stdout.write(f"{tag} {count}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
