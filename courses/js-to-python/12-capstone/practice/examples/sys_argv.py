import json
import logging
import sys
from collections import Counter
from pathlib import Path

log = logging.getLogger(__name__)


def main(argv=None):
    folder = Path(sys.argv[1])
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    counts = Counter()
    for path in folder.glob("*.json"):
        try:
            counts.update(json.loads(path.read_text(encoding="utf-8")).get("tags", []))
        except json.JSONDecodeError as err:
            log.warning("skipping %s: %s", path.name, err)
    for tag, count in counts.most_common(top):
        print(tag, count)
    return 0
