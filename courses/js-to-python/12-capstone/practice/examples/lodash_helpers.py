import argparse
import json
import logging
from pathlib import Path

log = logging.getLogger(__name__)


def count_by(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def take(pairs, n):
    return pairs[:n]


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args(argv)
    tags = []
    for path in args.folder.glob("*.json"):
        try:
            tags.extend(json.loads(path.read_text(encoding="utf-8")).get("tags", []))
        except json.JSONDecodeError as err:
            log.warning("skipping %s: %s", path.name, err)
    ranked = sorted(count_by(tags).items(), key=lambda pair: -pair[1])
    for tag, count in take(ranked, args.top):
        print(tag, count)
    return 0
