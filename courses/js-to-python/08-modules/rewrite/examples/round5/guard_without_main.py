import json
import sys


def total_paid(orders):
    return sum(o["amount"] for o in orders if o["paid"])


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        print(total_paid(json.load(f)))
