"""Orders: total of the paid orders.  Run as `python orders.py orders.json`."""
import argparse
import json


def total_paid(orders):
    return sum(o["amount"] for o in orders if o["paid"])


def main():
    parser = argparse.ArgumentParser(description="Total of the paid orders")
    parser.add_argument("orders", type=argparse.FileType("r", encoding="utf-8"))
    args = parser.parse_args()
    with args.orders as f:
        print(total_paid(json.load(f)))


if __name__ == "__main__":
    main()
