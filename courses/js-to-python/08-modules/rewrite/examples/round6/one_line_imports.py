"""Total of the paid orders.  Run as `python orders.py orders.json`."""

import json, sys


def total_paid(orders):
    return sum(order["amount"] for order in orders if order["paid"])


if __name__ == "__main__":
    print(total_paid(json.load(open(sys.argv[1]))))
