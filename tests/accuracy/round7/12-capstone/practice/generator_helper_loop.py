"""tagcount: print the most common tags in a folder of posts."""
import argparse
import json
import logging
from collections import Counter
from pathlib import Path


def main(argv=None):
    parser = argparse.ArgumentParser(description="Show the most common tags")
    parser.add_argument("folder", help="folder with .json posts")
    parser.add_argument("--top", type=int, default=5, help="number of tags (default 5)")
    args = parser.parse_args(argv)

    folder = Path(args.folder)
    tag_counter = Counter()
    for file_path in folder.glob("*.json"):
        text = file_path.read_text(encoding="utf-8")
        try:
            post = json.loads(text)
        except json.JSONDecodeError:
            logging.getLogger(__name__).warning("Skipping %s (invalid JSON)", file_path.name)
            continue
        tags = post.get("tags", [])
        for tag in tags:
            tag_counter[tag] += 1

    for tag, count in tag_counter.most_common(args.top):
        print(f"{tag} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
