"""Orders: total of the paid orders.  Run as `python orders.py orders.json`."""
import json
import sys
from collections import Counter


def total_paid(orders):
    totals = Counter()
    for order in orders:
        totals[order["paid"]] += order["amount"]
    return totals


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        print(total_paid(json.load(f))[True])


if __name__ == "__main__":
    main()
