import json
import sys

def totalPaid(orders):
    return sum(order["amount"] for order in orders if order["paid"])

module.exports = { totalPaid }

orders = json.load(open(sys.argv[1]))
print(totalPaid(orders))
