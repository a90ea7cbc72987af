"""tagcount: print the most common tags in a folder of JSON posts."""
import argparse
import json
import logging
from collections import Counter
from pathlib import Path


def main(argv=None):
    parser = argparse.ArgumentParser(description="Most common tags.")
    parser.add_argument("folder", nargs="?", default=".", type=Path)
    parser.add_argument("-n", "--top", type=int, default=5)
    args = parser.parse_args(argv)

    counts = Counter()
    for path in args.folder.glob("*.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            logging.getLogger("tagcount").warning("skipping %s", path.name)
            continue
        counts.update(data.get("tags", []))
    for tag, n in counts.most_common(args.top):
        print(tag, n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
