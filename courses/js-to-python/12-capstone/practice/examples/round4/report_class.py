import argparse
import json
import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger(__name__)


@dataclass
class TagReport:
    folder: Path
    counts: Counter = field(default_factory=Counter)
    skipped: list[Path] = field(default_factory=list)

    def collect(self) -> "TagReport":
        for path in sorted(self.folder.glob("*.json")):
            try:
                post = json.loads(path.read_text(encoding="utf-8"))
            except json.JSONDecodeError as exc:
                logger.warning("skipping %s (%s)", path.name, exc.msg)
                self.skipped.append(path)
                continue
            self.counts.update(post.get("tags", []))
        return self

    def lines(self, top: int) -> list[str]:
        return [f"{tag} {count}" for tag, count in self.counts.most_common(top)]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tagcount")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=5)
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    for line in TagReport(args.folder).collect().lines(args.top):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
