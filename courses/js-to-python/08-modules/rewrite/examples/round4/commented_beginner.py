# Lesson 8 rewrite
# imports go at the top, like require() at the top of a node file
import json
import sys


# no module.exports needed: any function defined here can be imported with
# "from orders import total_paid"
def total_paid(orders):
    # filter + reduce in one go: add up the amount of each paid order
    return sum(order["amount"] for order in orders if order["paid"])


def main():
    # sys.argv[1] is the first argument (sys.argv[0] is the script name),
    # process.argv[2] in node
    with open(sys.argv[1], encoding="utf-8") as f:
        orders = json.load(f)
    print(total_paid(orders))


# this is the python version of require.main === module
if __name__ == "__main__":
    main()
