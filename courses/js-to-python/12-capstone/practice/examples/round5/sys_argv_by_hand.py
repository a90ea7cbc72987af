import argparse
import json
import logging
from collections import Counter
from pathlib import Path

log = logging.getLogger(__name__)


import sys


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    folder = Path(argv[0])
    top = 5
    if "--top" in argv:
        top = int(argv[argv.index("--top") + 1])

    counts = Counter()
    for path in folder.glob("*.json"):
        try:
            post = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            log.warning("skipping %s", path)
            continue
        counts.update(post.get("tags", []))
    for tag, count in counts.most_common(top):
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
