"""Lesson 12 · Practice

Design `main(argv=None)` for a small command-line tool, `tagcount`:

    python tagcount.py posts/ --top 3

It takes a folder and an optional `--top N` (default 5), reads every `.json`
post in the folder, skips a file that is not valid JSON with a warning, and
prints the N most common tags, one `tag count` per line.  Use argparse,
logging and collections.Counter, and return 0.

`idiom check` calls `main([...])` with its own arguments on a scratch folder
of posts, one of them broken.
"""


def main(argv=None):
    # Your Python here.
    pass


if __name__ == "__main__":
    raise SystemExit(main())
