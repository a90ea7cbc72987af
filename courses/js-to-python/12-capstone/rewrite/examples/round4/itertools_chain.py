import json
from collections import Counter
from itertools import chain
from pathlib import Path


def count_tags(folder):
    posts = (json.loads(p.read_text(encoding="utf-8")) for p in Path(folder).glob("*.json"))
    return Counter(chain.from_iterable(post.get("tags", []) for post in posts))


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
