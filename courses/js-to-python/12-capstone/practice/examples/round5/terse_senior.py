import argparse, json, logging
from collections import Counter
from pathlib import Path


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("folder", type=Path)
    p.add_argument("--top", type=int, default=5)
    a = p.parse_args(argv)
    c = Counter()
    for f in a.folder.glob("*.json"):
        try:
            c.update(json.loads(f.read_text("utf-8")).get("tags", []))
        except json.JSONDecodeError as e:
            logging.getLogger(__name__).warning("skip %s: %s", f, e)
    for t, n in c.most_common(a.top):
        print(t, n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
