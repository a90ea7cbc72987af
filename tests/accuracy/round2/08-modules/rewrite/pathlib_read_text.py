"""Orders: total of paid orders."""

import json
import sys
from pathlib import Path


def total_paid(orders):
    return sum(order["amount"] for order in orders if order.get("paid"))


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    orders = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    print(total_paid(orders))
    return 0


if __name__ == "__main__":
    sys.exit(main())
