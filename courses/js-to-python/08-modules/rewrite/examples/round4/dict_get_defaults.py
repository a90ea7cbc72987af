import json
import sys


def total_paid(orders):
    return sum(order.get("amount", 0) for order in orders if order.get("paid"))


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        orders = json.load(f)
    print(total_paid(orders))


if __name__ == "__main__":
    sys.exit(main())
