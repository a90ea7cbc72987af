"""Orders: total of the paid orders.  Run as `python orders.py orders.json`."""
import json
import sys


def total_paid(orders):
    return sum(order["amount"] for order in orders if order["paid"])


ORDERS = json.load(open(sys.argv[1])) if len(sys.argv) > 1 else []
TOTAL = total_paid(ORDERS)

if __name__ == "__main__":
    print(TOTAL)
