"""Orders: total of the paid orders.  Run as `python orders.py orders.json`."""
import json
import sys


def total_paid(orders):
    """Total amount of the orders marked as paid."""
    return sum(order["amount"] for order in orders if order["paid"])


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print("usage: python orders.py orders.json", file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as f:
        print(total_paid(json.load(f)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
