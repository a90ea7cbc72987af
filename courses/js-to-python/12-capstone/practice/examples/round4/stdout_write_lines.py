import argparse
import json
import logging
import sys
from collections import Counter
from pathlib import Path


def read_tags(folder: Path, log: logging.Logger) -> Counter:
    tally = Counter()
    for path in sorted(folder.glob("*.json")):
        try:
            tally.update(json.loads(path.read_text(encoding="utf-8")).get("tags", []))
        except json.JSONDecodeError as error:
            log.warning("%s skipped: %s", path.name, error)
    return tally


def main(argv=None):
    parser = argparse.ArgumentParser(prog="tagcount")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args(argv)
    tally = read_tags(args.folder, logging.getLogger("tagcount"))
    sys.stdout.writelines(f"{tag} {count}\n" for tag, count in tally.most_common(args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
