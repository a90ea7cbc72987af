"""Orders: total of paid orders."""

import json
import sys


def total_paid(orders):
    total = 0
    for order in orders:
        if order["paid"]:
            total += order["amount"]
    return total


def main():
    with open(sys.argv[1]) as f:
        orders = json.load(f)
    print(total_paid(orders))


if __name__ == "__main__":
    main()
