import json
import sys

__all__ = ["total_paid"]  # like module.exports = { totalPaid }


def total_paid(orders):
    paid_amounts = (order["amount"] for order in orders if order["paid"])
    return sum(paid_amounts)


def main(argv=None):
    argv = sys.argv if argv is None else argv
    with open(argv[1], encoding="utf-8") as handle:
        orders = json.load(handle)
    print(total_paid(orders))


if __name__ == "__main__":
    main()
