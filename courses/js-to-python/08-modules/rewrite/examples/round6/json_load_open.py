"""Total of the paid orders.  Run as `python orders.py orders.json`."""

import json
import sys


def total_paid(orders):
    return sum([o["amount"] for o in orders if o["paid"] == True])


def main():
    orders = json.load(open(sys.argv[1]))
    print(total_paid(orders))


if __name__ == "__main__":
    main()
