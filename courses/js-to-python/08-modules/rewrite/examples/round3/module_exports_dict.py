import json
import sys

__all__ = ["total_paid"]


def total_paid(orders):
    return sum(order["amount"] for order in orders if order["paid"])


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    with open(argv[0], encoding="utf-8") as f:
        print(total_paid(json.load(f)))


if __name__ == "__main__":
    main()
