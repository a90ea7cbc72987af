"""tagcount: print the most common tags in a folder of JSON posts."""
from __future__ import annotations
import argparse
import json
import logging
from collections import Counter
from collections.abc import Sequence
from pathlib import Path


log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args(argv)

    counts: Counter[str] = Counter()
    for path in sorted(args.folder.glob("*.json")):
        try:
            post = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            log.warning("skipping %s: not valid JSON", path.name)
            continue
        counts.update(post.get("tags") or [])
    for tag, count in counts.most_common(args.top):
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
