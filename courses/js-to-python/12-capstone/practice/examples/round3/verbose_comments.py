import argparse
import json
import logging
from collections import Counter
from pathlib import Path

# one logger per module; warnings go to stderr, not mixed with the output
logger = logging.getLogger("tagcount")


def main(argv=None):
    # argparse gives us --help, type conversion and error messages for free.
    # parse_args(None) reads sys.argv[1:], so tests can pass their own list.
    parser = argparse.ArgumentParser(description="Print the most common tags.")
    parser.add_argument("folder", help="folder with .json posts")
    parser.add_argument("--top", type=int, default=5, help="how many tags to show")
    args = parser.parse_args(argv)

    tag_counts = Counter()
    for post_path in Path(args.folder).glob("*.json"):
        try:
            post = json.loads(post_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            # a broken file shouldn't stop the whole tool
            logger.warning("skipping %s: not valid JSON", post_path)
            continue
        tag_counts.update(post.get("tags", []))

    # most_common(n) gives the n biggest (tag, count) pairs, biggest first
    for tag, count in tag_counts.most_common(args.top):
        print(tag, count)

    return 0


if __name__ == "__main__":
    raise SystemExit(main())
