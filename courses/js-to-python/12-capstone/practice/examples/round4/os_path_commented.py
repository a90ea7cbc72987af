import argparse  # instead of yargs
import json
import logging  # instead of chalk / console.error
import os
from collections import Counter  # instead of lodash countBy

logger = logging.getLogger("tagcount")


def main(argv=None):
    # argparse reads sys.argv[1:] itself when argv is None
    parser = argparse.ArgumentParser(description="Print the most common tags")
    parser.add_argument("folder", help="folder with .json posts")
    parser.add_argument("--top", type=int, default=5, help="number of tags (default 5)")
    args = parser.parse_args(argv)

    counts = Counter()
    for name in sorted(os.listdir(args.folder)):
        if not name.endswith(".json"):
            continue  # only json files
        with open(os.path.join(args.folder, name), encoding="utf-8") as f:
            try:
                post = json.load(f)
            except json.JSONDecodeError:
                # warn and move on to the next file
                logger.warning("skipping %s: invalid JSON", name)
                continue
        counts.update(post.get("tags", []))

    # most_common sorts by count, highest first
    for tag, count in counts.most_common(args.top):
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
