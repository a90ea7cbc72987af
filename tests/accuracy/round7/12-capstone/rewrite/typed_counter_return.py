"""Count tags across a folder of JSON posts."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

POST_SUFFIX = ".json"


def count_tags(folder: str | Path) -> Counter[str]:
    """Return how often each tag appears across the JSON posts in folder."""
    tally: Counter[str] = Counter()
    for entry in Path(folder).iterdir():
        if entry.is_file() and entry.suffix == POST_SUFFIX:
            post = json.loads(entry.read_text(encoding="utf-8"))
            tally.update(post.get("tags", []))
    return tally


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
