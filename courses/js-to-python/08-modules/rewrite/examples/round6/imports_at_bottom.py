"""Total of the paid orders.  Run as `python orders.py orders.json`."""


def total_paid(orders):
    return sum(order["amount"] for order in orders if order["paid"])


import json
import sys

if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        print(total_paid(json.load(f)))
