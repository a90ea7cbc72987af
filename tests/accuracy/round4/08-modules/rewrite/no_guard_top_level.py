import json
import sys


def total_paid(orders):
    return sum(order["amount"] for order in orders if order["paid"])


# The script part: read the JSON file named on the command line and print
# the total of the paid orders.
with open(sys.argv[1], encoding="utf-8") as f:
    orders = json.load(f)
print(total_paid(orders))
