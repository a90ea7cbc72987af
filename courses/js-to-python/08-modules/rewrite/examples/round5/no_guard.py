import json
import sys


def total_paid(orders):
    return sum(order["amount"] for order in orders if order["paid"])


with open(sys.argv[1], encoding="utf-8") as f:
    orders = json.load(f)
print(total_paid(orders))
