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
            counts.update(json.loads(path.read_text(encoding="utf-8")).get("tags", []))
        except json.JSONDecodeError as err:
            log.warning("skipping %s: %s", path.name, err)
    print(dict(counts.most_common(args.top)))
    return 0
