import argparse
import json
import logging
from collections import Counter
from pathlib import Path

logger = logging.getLogger(__name__)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Top tags in a folder of JSON posts")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args(argv)

    counts: Counter[str] = Counter()
    for path in args.folder.glob("*.json"):
        try:
            with path.open(encoding="utf-8") as fh:
                post = json.load(fh)
        except json.JSONDecodeError:
            logger.exception("Could not parse %s, skipping it", path)
            continue
        counts.update(post.get("tags", []))

    for tag, count in counts.most_common(args.top):
        print(f"{tag} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
