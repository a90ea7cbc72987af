"""tagcount: print the most common tags in a folder of .json posts."""
import json
from pathlib import Path

console_log = print


def main(argv=None):
    argv = argv or []
    folder = argv[0]
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 5

    counts = {}
    for path in Path(folder).glob("*.json"):
        try:
            post = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            console_log(f"Skipping {path}")
            continue
        for tag in post.get("tags") or []:
            counts[tag] = counts.get(tag, 0) + 1
    pairs = sorted(counts.items(), key=lambda kv: -kv[1])[:top]
    for tag, n in pairs:
        console_log(f"{tag} {n}")
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
