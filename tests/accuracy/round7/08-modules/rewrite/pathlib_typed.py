"""Orders: total of the paid orders.  Run as `python orders.py orders.json`."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def total_paid(orders: list[dict]) -> float:
    """Sum the amount of every paid order."""
    return sum(order["amount"] for order in orders if order.get("paid"))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    orders = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    print(total_paid(orders))
    return 0


if __name__ == "__main__":
    sys.exit(main())
