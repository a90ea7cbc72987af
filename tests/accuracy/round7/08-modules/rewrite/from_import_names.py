"""Orders: total of the paid orders.  Run as `python orders.py orders.json`."""
from json import load
from sys import argv


def total_paid(orders):
    paid = [order["amount"] for order in orders if order["paid"]]
    return sum(paid)


def main():
    with open(argv[1], encoding="utf-8") as orders_file:
        print(total_paid(load(orders_file)))


if __name__ == "__main__":
    main()
