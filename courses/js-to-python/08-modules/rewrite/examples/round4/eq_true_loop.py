import json
import sys


def total_paid(orders):
    total = 0
    for i in range(len(orders)):
        if orders[i]["paid"] == True:
            total = total + orders[i]["amount"]
    return total


def main():
    f = open(sys.argv[1])
    orders = json.loads(f.read())
    f.close()
    print(total_paid(orders))


if __name__ == "__main__":
    main()
