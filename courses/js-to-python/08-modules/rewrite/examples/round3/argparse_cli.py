import argparse
import json

def total_paid(orders):
    return sum(order["amount"] for order in orders if order["paid"])


def main(argv=None):
    parser = argparse.ArgumentParser(description="Total the paid orders in a JSON file.")
    parser.add_argument("path", help="JSON file with a list of orders")
    args = parser.parse_args(argv)
    with open(args.path, encoding="utf-8") as f:
        print(total_paid(json.load(f)))


if __name__ == "__main__":
    main()
