import argparse
import json
import logging
from collections import Counter
from pathlib import Path


def main(argv=None):
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    parser = argparse.ArgumentParser(prog="tagcount")
    parser.add_argument("folder", type=Path, help="folder of .json posts")
    parser.add_argument("--top", type=int, default=5, metavar="N")
    args = parser.parse_args(argv)

    counts = Counter()
    for path in sorted(args.folder.glob("*.json")):
        try:
            post = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            logging.warning("%s is not valid JSON, skipped", path.name)
            continue
        counts.update(post.get("tags", []))

    for tag, count in counts.most_common(args.top):
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
