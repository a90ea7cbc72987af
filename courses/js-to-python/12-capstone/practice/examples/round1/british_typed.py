"""tagcount: print the most common tags in a folder of .json posts."""
from __future__ import annotations

import argparse
import json
import logging
from collections import Counter
from pathlib import Path

logger = logging.getLogger(__name__)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tagcount")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args(argv)

    # Tally every tag; a malformed file is logged and skipped rather than
    # aborting the whole run (that behaviour is what the brief asks for).
    counts: Counter[str] = Counter()
    for path in sorted(args.folder.glob("*.json")):
        try:
            post = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            logger.warning("skipping %s: %s", path, exc)
            continue
        counts.update(post.get("tags", []))

    for tag, count in counts.most_common(args.top):
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
