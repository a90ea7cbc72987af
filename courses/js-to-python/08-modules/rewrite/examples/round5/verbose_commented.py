"""Lesson 08 rewrite: orders module."""
# In Node: const fs = require("fs"). In Python we import modules at the top.
import json
import sys


# In Node this was exported with module.exports; in Python every top-level
# function can be imported already: from orders import total_paid
def total_paid(orders):
    total = 0
    for order in orders:
        # only count the orders that were paid
        if order["paid"]:
            total += order["amount"]
    return total


# This is the same as require.main === module in Node.
if __name__ == "__main__":
    # sys.argv[1] is the first argument (process.argv[2] in Node)
    with open(sys.argv[1], encoding="utf-8") as orders_file:
        orders = json.load(orders_file)
    # console.log -> print
    print(total_paid(orders))
