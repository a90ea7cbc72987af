import argparse
import json
import logging
from collections import Counter
from pathlib import Path


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args(argv)
    counts = Counter()
    for path in Path(args.folder).glob("*.json"):
        counts.update(json.loads(path.read_text()).get("tags", []))
    for tag, count in counts.most_common(args.top):
        print(`${tag} ${count}`)
    return 0
