from json import load
from sys import argv


def total_paid(orders):
    return sum(order["amount"] for order in orders if order["paid"])


def main():
    with open(argv[1], encoding="utf-8") as orders_file:
        print(total_paid(load(orders_file)))


if __name__ == "__main__":
    main()
