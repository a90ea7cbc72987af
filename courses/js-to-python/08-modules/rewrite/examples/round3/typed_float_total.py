import json
import sys
from typing import Iterable, Mapping


def total_paid(orders: Iterable[Mapping]) -> float:
    return float(sum(order["amount"] for order in orders if order["paid"]))


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as source:
        print(total_paid(json.load(source)))


if __name__ == "__main__":
    main()
