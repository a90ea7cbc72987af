"""Orders: total of the paid orders.  Run as `python orders.py orders.json`."""
import json
import sys


def total_paid(orders):
    total = 0
    for order in orders:
        if order["paid"]:
            total = total + order["amount"]
    return total


def main():
    path = sys.argv[1]
    with open(path) as file:
        orders = json.load(file)
    print(total_paid(orders))


if __name__ == "__main__":
    main()
