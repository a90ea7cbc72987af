import json
from pathlib import Path

import pydash


def count_tags(folder):
    posts = [json.loads(p.read_text(encoding="utf-8")) for p in Path(folder).glob("*.json")]
    return pydash.count_by(pydash.flat_map(posts, lambda post: post.get("tags", [])))


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
