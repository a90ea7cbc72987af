import json
import sys
from pathlib import Path


def total_paid(orders):
    """Sum the amount of every order marked paid."""
    return sum(order["amount"] for order in orders if order["paid"])


def main():
    orders = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    print(total_paid(orders))


if __name__ == "__main__":
    main()
