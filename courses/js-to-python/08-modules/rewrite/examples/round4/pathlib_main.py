import json
import sys
from pathlib import Path


def total_paid(orders):
    return sum(o["amount"] for o in orders if o["paid"])


def main() -> None:
    orders = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    print(total_paid(orders))


if __name__ == "__main__":
    main()
