"""Sum the paid orders of a JSON file."""

import json
import sys


def total_paid(orders):
    """Add up `amount` for each order marked as paid."""
    return sum([order["amount"] for order in orders if order["paid"]])


def main():
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        orders = json.load(f)
    print(total_paid(orders))


if __name__ == "__main__":
    main()
