"""tagcount: print the most common tags in a folder of posts."""
import argparse
import json
import logging
from collections import Counter
from pathlib import Path
from collections.abc import Sequence

logger = logging.getLogger("tagcount")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tagcount")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args(None if argv is None else list(argv))
    tally: Counter[str] = Counter()
    for post_file in args.folder.glob("*.json"):
        try:
            data = json.loads(post_file.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            logger.warning("%s: invalid JSON, skipped", post_file)
            continue
        tally.update(data.get("tags", []))
    for tag, count in tally.most_common(args.top):
        print(tag, count, sep=" ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
