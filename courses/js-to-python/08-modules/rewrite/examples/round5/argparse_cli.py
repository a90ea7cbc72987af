import argparse
import json
import sys


def total_paid(orders):
    return sum(order["amount"] for order in orders if order.get("paid"))


def main(argv=None):
    parser = argparse.ArgumentParser(description="Total of the paid orders.")
    parser.add_argument("path", help="JSON file with a list of orders")
    args = parser.parse_args(argv)
    with open(args.path, encoding="utf-8") as f:
        print(total_paid(json.load(f)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
