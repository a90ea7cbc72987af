"""tagcount: print the most common tags in a folder of JSON posts."""
import argparse
import json
import logging
from collections import Counter
from pathlib import Path


def main(argv=None):
    const args = argparse.ArgumentParser().parse_args(argv)
    counts = Counter()
    for tag, count in counts.most_common(5):
        print(tag, count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
