"""Total of the paid orders.  Run as `python orders.py orders.json`."""

import json
import sys


def total_paid(orders: list[dict]) -> float:
    return sum(order["amount"] for order in orders if order["paid"])


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        orders = json.load(f)
    print(total_paid(orders))


if __name__ == "__main__":
    main()
