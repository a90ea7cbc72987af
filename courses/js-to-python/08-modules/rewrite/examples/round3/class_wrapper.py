import json
import sys


class OrderBook:
    @staticmethod
    def total_paid(orders):
        return sum(o["amount"] for o in orders if o["paid"])


if __name__ == "__main__":
    with open(sys.argv[1]) as f:
        print(OrderBook.total_paid(json.load(f)))
