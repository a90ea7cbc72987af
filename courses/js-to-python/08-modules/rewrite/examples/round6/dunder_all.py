"""Total of the paid orders.  Run as `python orders.py orders.json`."""

import json
import sys

__all__ = ["total_paid"]


def total_paid(orders):
    return sum(o["amount"] for o in orders if o["paid"])


def main(path):
    with open(path, encoding="utf-8") as fh:
        print(total_paid(json.load(fh)))


if __name__ == "__main__":
    main(sys.argv[1])
