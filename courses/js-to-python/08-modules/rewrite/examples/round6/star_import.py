"""Total of the paid orders.  Run as `python orders.py orders.json`."""

from json import *
from sys import *


def total_paid(orders):
    return sum(order["amount"] for order in orders if order["paid"])


if __name__ == "__main__":
    with open(argv[1], encoding="utf-8") as f:
        print(total_paid(load(f)))
