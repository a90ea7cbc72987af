"""Total of the paid orders.  Run as `python orders.py orders.json`."""

import json
import sys


def total_paid(orders):
    return sum(order["amount"] for order in orders if order["paid"])


print(total_paid([{"id": 1, "amount": 30, "paid": True}]))

if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        print(total_paid(json.load(f)))
