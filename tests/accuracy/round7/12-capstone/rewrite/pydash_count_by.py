"""Count tags across a folder of JSON posts."""
import json
from pathlib import Path

from pydash import count_by, flatten


def count_tags(folder):
    posts = [json.loads(p.read_text(encoding="utf-8")) for p in Path(folder).glob("*.json")]
    return count_by(flatten([post.get("tags", []) for post in posts]))


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
