# Imports go at the top, one module per line.
import json
import sys


# This is the function other files can import:
#     from orders import total_paid
# No module.exports needed: every top-level name can be imported.
def total_paid(orders):
    # add up the amount of every order that has been paid
    total = 0
    for order in orders:
        if order["paid"]:
            total += order["amount"]
    return total


# main() holds the script part.
def main():
    # sys.argv[0] is the script name, so the file is sys.argv[1]
    # (in Node it was process.argv[2]).
    path = sys.argv[1]
    with open(path, encoding="utf-8") as orders_file:
        orders = json.load(orders_file)
    print(total_paid(orders))


# Only run main() when this file is executed directly, not when imported.
if __name__ == "__main__":
    main()
