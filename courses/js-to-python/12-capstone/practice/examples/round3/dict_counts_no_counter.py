import argparse
import json
import logging
from pathlib import Path


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args(argv)

    counts = {}
    for path in args.folder.glob("*.json"):
        try:
            post = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            logging.warning("skipping %s", path)
            continue
        for tag in post.get("tags", []):
            counts[tag] = counts.get(tag, 0) + 1
    for tag in sorted(counts, key=counts.get, reverse=True)[: args.top]:
        print(tag, counts[tag])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
