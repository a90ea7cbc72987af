"""orders.py - sum the paid orders in a JSON file.

Usage: python orders.py orders.json
"""
import argparse
import json
from pathlib import Path


def total_paid(orders):
    """Return the sum of `amount` over the orders whose `paid` flag is true."""
    return sum(order["amount"] for order in orders if order["paid"])


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("orders_file", type=Path, help="JSON list of orders")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    with args.orders_file.open(encoding="utf-8") as f:
        print(total_paid(json.load(f)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
