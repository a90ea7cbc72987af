"""Count tags across a folder of JSON posts."""
import json
from collections import Counter
from itertools import chain
from pathlib import Path


def _load(path: Path) -> dict:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def count_tags(folder) -> Counter:
    posts = map(_load, Path(folder).glob("*.json"))
    return Counter(chain.from_iterable(post.get("tags", []) for post in posts))


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
