import json
import sys


def total_paid(orders):
    return sum([o["amount"] for o in orders if o["paid"]])


if __name__ == "__main__":
    print(total_paid(json.load(open(sys.argv[1]))))
