"""Count tags across a folder of JSON posts."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path


def count_tags(folder: str | Path) -> dict[str, int]:
    tag_counts: Counter[str] = Counter()
    for json_file in sorted(Path(folder).glob("*.json")):
        with json_file.open(encoding="utf-8") as handle:
            post = json.load(handle)
        tag_counts.update(post.get("tags", []))
    return dict(tag_counts)


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
