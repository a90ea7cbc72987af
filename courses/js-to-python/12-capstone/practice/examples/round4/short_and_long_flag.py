import argparse
import json
import logging
from collections import Counter
from pathlib import Path

log = logging.getLogger(__name__)


def main(argv=None):
    p = argparse.ArgumentParser(prog="tagcount")
    p.add_argument("folder", type=Path)
    p.add_argument("-t", "--top", type=int, default=5)
    a = p.parse_args(argv)
    c = Counter()
    for f in a.folder.glob("*.json"):
        try:
            c.update(json.loads(f.read_text(encoding="utf-8")).get("tags", []))
        except json.JSONDecodeError:
            log.warning("bad json, skipped: %s", f)
    for tag, n in c.most_common(a.top):
        print(tag, n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
