import json
import sys

total_paid = lambda orders: sum(o["amount"] for o in orders if o["paid"])


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        print(total_paid(json.load(f)))


if __name__ == "__main__":
    main()
