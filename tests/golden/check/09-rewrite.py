import sys

def main(argv):
    name = argv[0] || "world"
    console.log(f"Hello, {name}!")
    return 0

sys.exit(main(sys.argv[1:]))
