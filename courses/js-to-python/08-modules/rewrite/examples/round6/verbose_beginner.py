"""Total of the paid orders.  Run as `python orders.py orders.json`."""

import json
import sys


def total_paid(orders):
    # add up the amount of every order that has been paid
    total = 0
    for order in orders:
        if order["paid"] == True:
            total = total + order["amount"]
    return total


def main():
    # the first argument is the file name (sys.argv[0] is the script)
    file_name = sys.argv[1]
    with open(file_name, "r") as file:
        orders = json.load(file)
    print(total_paid(orders))


# only run when started as a script, not when imported
if __name__ == "__main__":
    main()
