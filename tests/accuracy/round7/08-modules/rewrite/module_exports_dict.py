"""Orders: total of the paid orders.  Run as `python orders.py orders.json`."""
import json
import sys

__all__ = ["total_paid"]


def total_paid(orders):
    return sum(order["amount"] for order in orders if order["paid"])


exports = {"total_paid": total_paid}


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        print(total_paid(json.load(f)))


if __name__ == "__main__":
    main()
