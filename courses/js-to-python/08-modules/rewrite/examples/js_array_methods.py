import json
import sys


def total_paid(orders):
    return orders.filter(lambda order: order["paid"]).reduce(
        lambda total, order: total + order["amount"], 0)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        print(total_paid(json.load(f)))
