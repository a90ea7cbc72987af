import json
from collections import Counter
from pathlib import Path


def count_tags(folder: str | Path) -> dict[str, int]:
    """Count how often each tag appears across the .json posts in folder."""
    tally: Counter[str] = Counter()
    for post_path in sorted(Path(folder).glob("*.json")):
        post = json.loads(post_path.read_text(encoding="utf-8"))
        tally.update(post.get("tags", []))
    return dict(tally)


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
