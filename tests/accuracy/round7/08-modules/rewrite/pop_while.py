"""Orders: total of the paid orders.  Run as `python orders.py orders.json`."""
import json
import sys


def total_paid(orders):
    total = 0
    while orders:
        order = orders.pop()
        if order["paid"]:
            total += order["amount"]
    return total


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        print(total_paid(json.load(f)))


if __name__ == "__main__":
    main()
