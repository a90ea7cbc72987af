import argparse
import json
import logging
from collections import Counter
from pathlib import Path


class TagCountApp:
    def __init__(self, folder, top, logger=None):
        self.folder = Path(folder)
        self.top = top
        self.logger = logger or logging.getLogger("tagcount")

    def load_posts(self):
        for path in sorted(self.folder.glob("*.json")):
            try:
                yield json.loads(path.read_text(encoding="utf-8"))
            except json.JSONDecodeError:
                self.logger.warning("skipping %s: invalid JSON", path)

    def run(self):
        counts = Counter(tag for post in self.load_posts() for tag in post.get("tags", []))
        for tag, count in counts.most_common(self.top):
            print(tag, count)
        return 0


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args(argv)
    return TagCountApp(args.folder, args.top).run()


if __name__ == "__main__":
    raise SystemExit(main())
