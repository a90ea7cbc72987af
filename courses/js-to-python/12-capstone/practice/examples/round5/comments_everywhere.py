# argparse replaces yargs, logging replaces chalk/console.error,
# Counter replaces lodash countBy/sortBy/take.
import argparse
import json
import logging
from collections import Counter
from pathlib import Path

# one logger per module, configured by whoever runs the program
logger = logging.getLogger(__name__)


def main(argv=None):
    # argv=None means "use sys.argv[1:]", a list means "use this" (tests)
    parser = argparse.ArgumentParser(description="Print the most common tags.")
    parser.add_argument("folder", help="folder containing .json posts")
    parser.add_argument("--top", type=int, default=5, help="how many tags to show (default 5)")
    args = parser.parse_args(argv)

    tag_counts = Counter()
    # every .json file directly in the folder
    for post_path in Path(args.folder).glob("*.json"):
        try:
            post = json.loads(post_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            # warn and move on instead of crashing
            logger.warning("Skipping %s: %s", post_path, error)
            continue
        # posts without tags add nothing
        tag_counts.update(post.get("tags", []))

    # most_common sorts by count and takes the first N for us
    for tag, count in tag_counts.most_common(args.top):
        print(tag, count)

    # 0 = success
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
