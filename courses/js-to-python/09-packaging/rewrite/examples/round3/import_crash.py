from sys import args


def main():
    name = args[0] if args else "world"
    print(f"Hello, {name}!")
    return 0
