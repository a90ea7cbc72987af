"""Total of the paid orders.  Run as `python orders.py orders.json`."""

import json
import sys

if __name__ == "__main__":

    def total_paid(orders):
        return sum(order["amount"] for order in orders if order["paid"])

    with open(sys.argv[1], encoding="utf-8") as f:
        print(total_paid(json.load(f)))
