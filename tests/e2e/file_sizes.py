#!/usr/bin/env python3
"""Fails (exit 1) when a C file under src/ has more than LIMIT lines (800,
STYLE.md: "files under 800 lines"), printing each one with its count.
Usage: file_sizes.py [ROOT [LIMIT]]."""
import os
import sys


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 800
    over = []
    for dirpath, _, names in os.walk(os.path.join(root, "src")):
        for name in names:
            if not name.endswith((".c", ".h")):
                continue
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                lines = sum(1 for _ in f)
            if lines > limit:
                over.append((os.path.relpath(path, root), lines))
    for path, lines in sorted(over):
        print("%s: %d lines (limit %d)" % (path, lines, limit))
    if not over:
        print("no C file under src/ over %d lines" % limit)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
