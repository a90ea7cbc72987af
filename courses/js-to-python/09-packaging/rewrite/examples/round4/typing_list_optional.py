import sys
from typing import List, Optional


def main(argv: Optional[List[str]] = None) -> int:
    args: List[str] = sys.argv[1:] if argv is None else argv
    name: str = args[0] if args else "world"
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
