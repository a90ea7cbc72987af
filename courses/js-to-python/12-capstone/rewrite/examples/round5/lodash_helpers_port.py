import json
from pathlib import Path


def flat_map(items, fn):
    result = []
    for item in items:
        result.extend(fn(item))
    return result


def count_by(items):
    result = {}
    for item in items:
        result[item] = result.get(item, 0) + 1
    return result


def count_tags(folder):
    posts = [json.loads(p.read_text(encoding="utf-8")) for p in Path(folder).glob("*.json")]
    return count_by(flat_map(posts, lambda post: post.get("tags", [])))


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
