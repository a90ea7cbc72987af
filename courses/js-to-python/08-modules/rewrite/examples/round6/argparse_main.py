"""Total of the paid orders.  Run as `python orders.py orders.json`."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Mapping
from typing import Any


def total_paid(orders: Iterable[Mapping[str, Any]]) -> float:
    """Sum the amounts of the orders marked paid."""
    return sum(order["amount"] for order in orders if order.get("paid"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("orders_file")
    args = parser.parse_args(argv)
    with open(args.orders_file, encoding="utf-8") as f:
        print(total_paid(json.load(f)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
