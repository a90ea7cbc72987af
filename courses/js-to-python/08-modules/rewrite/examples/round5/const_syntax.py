import json
import sys


def total_paid(orders):
    return sum(order["amount"] for order in orders if order["paid"])


def main():
    const orders = json.load(open(sys.argv[1]))
    print(total_paid(orders))


if __name__ == "__main__":
    main()
