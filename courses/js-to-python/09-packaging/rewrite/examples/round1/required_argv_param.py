"""Lesson 09 · Rewrite

Rewrite this Node command-line script as a Python module that a
`[project.scripts]` entry such as `greet = "greet.cli:main"` can run.
"""
import sys


def main(argv):
    name = argv[0] if argv else "world"
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
