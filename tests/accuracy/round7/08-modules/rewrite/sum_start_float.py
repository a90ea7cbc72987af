"""Orders: total of the paid orders.  Run as `python orders.py orders.json`."""
import json
import sys


def total_paid(orders):
    return sum((order["amount"] for order in orders if order.get("paid", False)), 0)


def main() -> None:
    filename = sys.argv[1]
    with open(filename, encoding="utf-8") as handle:
        print(total_paid(json.load(handle)))


if __name__ == "__main__":
    main()
