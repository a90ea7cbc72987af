"""Orders: total of the paid orders.  Run as `python orders.py orders.json`."""
import sys
from itertools import compress
from json import load
from operator import itemgetter


def total_paid(orders):
    amounts = map(itemgetter("amount"), orders)
    flags = map(itemgetter("paid"), orders)
    return sum(compress(amounts, flags))


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        print(total_paid(load(f)))


if __name__ == "__main__":
    main()
