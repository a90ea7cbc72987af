"""Lesson 09 · Rewrite

Rewrite this Node command-line script as a Python module that a
`[project.scripts]` entry such as `greet = "greet.cli:main"` can run.
"""
import sys


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    name = args[0] if args else "world"
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
