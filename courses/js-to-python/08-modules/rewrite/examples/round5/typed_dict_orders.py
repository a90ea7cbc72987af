import json
import sys
from collections.abc import Iterable
from typing import TypedDict


class Order(TypedDict):
    id: int
    amount: float
    paid: bool


def total_paid(orders: Iterable[Order]) -> float:
    return sum(order["amount"] for order in orders if order["paid"])


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as handle:
        orders: list[Order] = json.load(handle)
    print(total_paid(orders))


if __name__ == "__main__":
    main()
