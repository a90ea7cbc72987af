"""Total of the paid orders.  Run as `python orders.py orders.json`."""

import json
import sys
from functools import reduce


def total_paid(orders):
    paid = [o for o in orders if o["paid"]]
    return reduce(lambda total, order: total + order["amount"], paid)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        print(total_paid(json.load(f)))
