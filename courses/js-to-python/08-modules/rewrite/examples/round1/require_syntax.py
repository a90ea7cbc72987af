"""Lesson 08 · Rewrite

Rewrite this Node module in Python so that other code can import
`total_paid` and the file still works as a script:

    const fs = require("fs");

    function totalPaid(orders) {
      return orders
        .filter((order) => order.paid)
        .reduce((sum, order) => sum + order.amount, 0);
    }

    module.exports = { totalPaid };

    if (require.main === module) {
      const orders = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
      console.log(totalPaid(orders));
    }

Each order is a dict such as {"id": 1, "amount": 30, "paid": True}.  Run it
as `python orders.py orders.json`.
"""
const fs = require("fs")
import json
import sys


def total_paid(orders):
    return sum(order["amount"] for order in orders if order["paid"])


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        orders = json.load(f)
    print(total_paid(orders))


if __name__ == "__main__":
    main()
