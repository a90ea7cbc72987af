import argparse
import json
import logging
from collections import Counter
from pathlib import Path

logger = logging.getLogger(__name__)


def load_posts(folder: Path):
    for path in sorted(folder.glob("*.json")):
        try:
            yield json.loads(path.read_text(encoding="utf-8"))
        except ValueError:  # JSONDecodeError is a ValueError
            logger.warning("Skipping %s: not valid JSON", path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Show the most common tags.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=5, metavar="N")
    args = parser.parse_args(argv)

    counts = Counter(tag for post in load_posts(args.folder) for tag in post.get("tags", []))
    for tag, count in counts.most_common(args.top):
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
