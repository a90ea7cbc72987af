"""tagcount: print the most common tags in a folder of JSON posts."""
from __future__ import annotations

import argparse
import json
import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

logger = logging.getLogger("tagcount")


@dataclass(frozen=True)
class Options:
    folder: Path
    top: int

    @classmethod
    def parse(cls, argv: list[str] | None) -> Options:
        parser = argparse.ArgumentParser(prog="tagcount")
        parser.add_argument("folder", type=Path)
        parser.add_argument("--top", type=int, default=5)
        ns = parser.parse_args(argv)
        return cls(folder=ns.folder, top=ns.top)


class TagCounter:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def posts(self) -> Iterator[dict]:
        for path in sorted(self.folder.glob("*.json")):
            try:
                yield json.loads(path.read_text(encoding="utf-8"))
            except json.JSONDecodeError as err:
                logger.warning("skipping %s: %s", path, err)

    def count(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for post in self.posts():
            counts.update(post.get("tags", []))
        return counts


def main(argv: list[str] | None = None) -> int:
    options = Options.parse(argv)
    for tag, n in TagCounter(options.folder).count().most_common(options.top):
        print(tag, n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
