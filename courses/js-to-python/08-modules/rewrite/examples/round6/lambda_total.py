"""Total of the paid orders.  Run as `python orders.py orders.json`."""

import json
import sys

total_paid = lambda orders: sum(o["amount"] for o in orders if o["paid"])

if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        print(total_paid(json.load(f)))
