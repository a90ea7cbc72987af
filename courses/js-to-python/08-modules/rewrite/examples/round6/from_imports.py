"""Total of the paid orders.  Run as `python orders.py orders.json`."""

from json import load
from sys import argv


def total_paid(orders):
    return sum(order["amount"] for order in orders if order["paid"])


def main():
    with open(argv[1], encoding="utf-8") as f:
        print(total_paid(load(f)))


if __name__ == "__main__":
    main()
