"""tagcount: print the most common tags in a folder of JSON posts."""
import argparse
import json
import logging
from collections import Counter
from pathlib import Path


def main(argv=None):
    parser = argparse.ArgumentParser(prog="tagcount")
    parser.add_argument("folder")
    parser.add_argument("--top", type=int, default=5, help="how many tags to print")
    args = parser.parse_args(argv)

    counts = Counter()
    for path in Path(args.folder).glob("*.json"):
        try:
            post = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            logging.warning("%s is not valid JSON, skipped", path)
            continue
        counts.update(post.get("tags", []))
    for tag, count in counts.most_common(args.top):
        print(f"{tag} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
