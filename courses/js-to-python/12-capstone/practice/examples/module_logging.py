import argparse
import json
import logging
import sys
from collections import Counter
from pathlib import Path


def main(argv=None):
    """Print the most common tags in a folder of JSON posts."""
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args(argv)
    counts = Counter()
    for path in Path(args.folder).glob("*.json"):
        try:
            counts.update(json.loads(path.read_text(encoding="utf-8")).get("tags", []))
        except ValueError:
            logging.warning("%s is not valid JSON, skipped", path.name)
    for tag, count in counts.most_common(args.top):
        print(f"{tag} {count}")
    return 0


if __name__ == "__main__":
    logging.basicConfig(format="%(levelname)s: %(message)s")
    raise SystemExit(main(sys.argv[1:]))
