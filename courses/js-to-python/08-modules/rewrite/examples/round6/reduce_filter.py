"""Total of the paid orders.  Run as `python orders.py orders.json`."""

import json
import sys
from functools import reduce


def total_paid(orders):
    paid = filter(lambda order: order["paid"], orders)
    return reduce(lambda acc, order: acc + order["amount"], paid, 0)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        print(total_paid(json.load(f)))
