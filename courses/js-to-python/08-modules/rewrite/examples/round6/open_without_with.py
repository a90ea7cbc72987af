"""Total of the paid orders.  Run as `python orders.py orders.json`."""

import json
import sys


def total_paid(orders):
    total = 0
    for order in orders:
        if order["paid"]:
            total += order["amount"]
    return total


if __name__ == "__main__":
    f = open(sys.argv[1], encoding="utf-8")
    orders = json.load(f)
    f.close()
    print(total_paid(orders))
