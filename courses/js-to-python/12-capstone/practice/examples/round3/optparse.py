import json
import logging
import optparse
from collections import Counter
from pathlib import Path


def main(argv=None):
    parser = optparse.OptionParser(usage="%prog FOLDER [--top N]")
    parser.add_option("--top", type="int", default=5)
    options, args = parser.parse_args(argv)
    counts = Counter()
    for path in Path(args[0]).glob("*.json"):
        try:
            counts.update(json.loads(path.read_text(encoding="utf-8")).get("tags", []))
        except json.JSONDecodeError:
            logging.warning("skipping %s", path)
    for tag, count in counts.most_common(options.top):
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
