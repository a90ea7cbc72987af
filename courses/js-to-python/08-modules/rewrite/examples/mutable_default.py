import json
import sys


def total_paid(orders=[]):
    if len(orders) == 0:
        return 0
    return sum(order["amount"] for order in orders if order["paid"])


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        print(total_paid(json.load(f)))
