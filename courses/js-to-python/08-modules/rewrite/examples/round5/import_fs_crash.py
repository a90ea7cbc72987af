import fs
import json
import sys


def total_paid(orders):
    return sum(order["amount"] for order in orders if order["paid"])


if __name__ == "__main__":
    print(total_paid(json.loads(fs.read_text(sys.argv[1]))))
