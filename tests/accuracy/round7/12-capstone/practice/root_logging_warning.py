"""tagcount: print the most common tags in a folder of posts."""
import argparse
import json
import logging
from collections import Counter
from pathlib import Path


def main(argv=None):
    parser = argparse.ArgumentParser(prog="tagcount")
    parser.add_argument("folder")
    parser.add_argument("--top", type=int, default=5, help="how many tags to show")
    args = parser.parse_args(argv)

    counts = Counter()
    for path in Path(args.folder).glob("*.json"):
        try:
            counts.update(json.loads(path.read_text(encoding="utf-8")).get("tags", []))
        except ValueError:
            logging.warning("%s is not valid JSON, skipped", path)
    for tag, n in counts.most_common(args.top):
        print(f"{tag} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
