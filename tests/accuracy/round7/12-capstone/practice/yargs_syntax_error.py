"""tagcount: print the most common tags in a folder of posts."""
import argparse
from collections import Counter

argv = const argv = yargs.option("top", {type: "number", default: 5}).argv;


def main(argv=None):
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
