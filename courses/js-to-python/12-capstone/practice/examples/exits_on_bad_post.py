"""tagcount: print the most common tags across a folder of JSON posts."""
import argparse
import json
import logging
from collections import Counter
from pathlib import Path

log = logging.getLogger(__name__)


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args(argv)

    counts = Counter()
    for path in args.folder.glob("*.json"):
        try:
            post = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as err:
            log.critical("%s is not valid JSON: %s", path.name, err)
            raise SystemExit(2)
        counts.update(post.get("tags", []))
    for tag, count in counts.most_common(args.top):
        print(tag, count)
    return 0
