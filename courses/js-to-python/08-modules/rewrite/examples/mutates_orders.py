import json
import sys


def total_paid(orders):
    total = 0
    while orders:
        order = orders.pop()
        if order["paid"]:
            total += order["amount"]
    return total


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        print(total_paid(json.load(f)))
