import json
import sys


def total_paid(orders):
    return sum([order["amount"] for order in orders if order["paid"]])


module = sys.modules[__name__]
if sys.modules["__main__"] is module:
    with open(sys.argv[1], encoding="utf-8") as f:
        print(total_paid(json.load(f)))
