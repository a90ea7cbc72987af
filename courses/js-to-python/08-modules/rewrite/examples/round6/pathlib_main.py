"""Total of the paid orders.  Run as `python orders.py orders.json`."""

import json
import sys
from pathlib import Path


def total_paid(orders):
    """Return the sum of amounts of the paid orders."""
    return sum(order["amount"] for order in orders if order["paid"])


def main():
    orders = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    print(total_paid(orders))


if __name__ == "__main__":
    main()
