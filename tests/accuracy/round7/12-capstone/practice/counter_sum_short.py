"""tagcount: print the most common tags in a folder of posts."""
import argparse
import json
import logging
from collections import Counter
from pathlib import Path


def _tags(path):
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("tags", [])
    except json.JSONDecodeError:
        logging.warning("skipping invalid JSON file %s", path)
        return []


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("folder", type=Path)
    p.add_argument("--top", type=int, default=5)
    a = p.parse_args(argv)
    counts = Counter(t for path in a.folder.glob("*.json") for t in _tags(path))
    print("\n".join(f"{tag} {n}" for tag, n in counts.most_common(a.top)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
