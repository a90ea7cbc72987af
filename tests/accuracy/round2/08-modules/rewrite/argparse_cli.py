"""Orders: total of paid orders."""

import argparse
import json


def total_paid(orders):
    """Return the sum of amounts of the paid orders."""
    return sum(order["amount"] for order in orders if order["paid"])


def main():
    parser = argparse.ArgumentParser(description="Sum paid orders.")
    parser.add_argument("path", help="JSON file with a list of orders")
    args = parser.parse_args()
    with open(args.path, encoding="utf-8") as f:
        print(total_paid(json.load(f)))


if __name__ == "__main__":
    main()
