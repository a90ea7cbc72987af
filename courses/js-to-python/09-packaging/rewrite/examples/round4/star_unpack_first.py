import sys


def main() -> int:
    name, *_ = sys.argv[1:] or ["world"]
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
