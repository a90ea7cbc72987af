import json
import sys


def total_paid(path):
    with open(path, encoding="utf-8") as f:
        orders = json.load(f)
    return sum(order["amount"] for order in orders if order["paid"])


if __name__ == "__main__":
    print(total_paid(sys.argv[1]))
