import json
from pathlib import Path


def count_by(items):
    result = {}
    for item in items:
        result[item] = result.get(item, 0) + 1
    return result


def flat_map(fn, items):
    return [y for x in items for y in fn(x)]


def count_tags(folder):
    posts = [json.loads(p.read_text(encoding="utf-8")) for p in Path(folder).glob("*.json")]
    return count_by(flat_map(lambda post: post.get("tags", []), posts))


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
