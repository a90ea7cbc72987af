import json
import sys


def totalPaid(orders):
    return sum(order["amount"] for order in orders if order["paid"])


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        print(totalPaid(json.load(f)))
