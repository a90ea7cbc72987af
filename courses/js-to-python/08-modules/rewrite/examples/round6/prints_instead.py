"""Total of the paid orders.  Run as `python orders.py orders.json`."""

import json
import sys


def total_paid(orders):
    total = sum(order["amount"] for order in orders if order["paid"])
    print(total)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        total_paid(json.load(f))
