import json
import logging
import sys
from collections import Counter
from pathlib import Path


def main(argv=None):
    folder = sys.argv[1]
    top = 5
    if "--top" in sys.argv:
        top = int(sys.argv[sys.argv.index("--top") + 1])

    counts = Counter()
    for path in Path(folder).glob("*.json"):
        try:
            counts.update(json.loads(path.read_text(encoding="utf-8")).get("tags", []))
        except json.JSONDecodeError:
            logging.warning("skipping %s", path)
    for tag, count in counts.most_common(top):
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
