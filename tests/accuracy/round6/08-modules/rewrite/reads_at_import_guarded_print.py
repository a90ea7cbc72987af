"""Total of the paid orders.  Run as `python orders.py orders.json`."""

import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    ORDERS = json.load(f)


def total_paid(orders):
    return sum(order["amount"] for order in orders if order["paid"])


if __name__ == "__main__":
    print(total_paid(ORDERS))
