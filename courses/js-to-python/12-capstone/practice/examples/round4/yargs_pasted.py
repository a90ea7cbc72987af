import json
import logging
from collections import Counter
from pathlib import Path


def main(argv=None):
    const argv = yargs.option("top", { type: "number", default: 5 }).argv;
    counts = Counter()
    for path in Path(argv._[0]).glob("*.json"):
        try:
            counts.update(json.loads(path.read_text()).get("tags", []))
        except json.JSONDecodeError:
            logging.warning("skipping %s", path)
    for tag, count in counts.most_common(argv.top):
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
