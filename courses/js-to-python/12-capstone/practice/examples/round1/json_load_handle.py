"""tagcount: print the most common tags in a folder of .json posts."""
import argparse
import json
import logging
from collections import Counter
from pathlib import Path

LOG = logging.getLogger(__name__)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Show the most common tags.")
    ap.add_argument("folder", type=Path)
    ap.add_argument("--top", "-n", type=int, default=5)
    ns = ap.parse_args(argv)

    tally = Counter()
    for p in ns.folder.glob("*.json"):
        with p.open(encoding="utf-8") as fh:
            try:
                tally.update(json.load(fh).get("tags", []))
            except json.JSONDecodeError:
                LOG.warning("skipped %s: not JSON", p)
    for tag, n in tally.most_common(ns.top):
        print(tag, n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
