from json import load
from sys import argv


def total_paid(orders):
    total = 0
    for order in orders:
        if order["paid"]:
            total += order["amount"]
    return total


if __name__ == "__main__":
    with open(argv[1], encoding="utf-8") as f:
        print(total_paid(load(f)))
