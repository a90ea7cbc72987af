"""tagcount: print the most common tags in a folder of JSON posts."""
import argparse
import json
import logging
from collections import Counter
from pathlib import Path


from dataclasses import dataclass

log = logging.getLogger("tagcount")


@dataclass
class Options:
    folder: Path
    top: int = 5


def parse_options(argv):
    parser = argparse.ArgumentParser(prog="tagcount")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=5)
    ns = parser.parse_args(argv)
    return Options(folder=ns.folder, top=ns.top)


class TagReport:
    def __init__(self):
        self.counts = Counter()

    def add_file(self, path):
        try:
            post = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            log.warning("skipping %s", path.name)
            return
        self.counts.update(post.get("tags", []))

    def lines(self, top):
        return [f"{tag} {count}" for tag, count in self.counts.most_common(top)]


def main(argv=None):
    options = parse_options(argv)
    report = TagReport()
    for path in sorted(options.folder.glob("*.json")):
        report.add_file(path)
    print("\n".join(report.lines(options.top)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
