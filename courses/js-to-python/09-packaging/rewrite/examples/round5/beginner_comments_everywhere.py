# This is the Python version of my cli.js file.
# In Node we used process.argv, in Python it is sys.argv.
import sys  # sys gives us argv and exit


# main is the function that pip's generated script will call
def main(argv=None):
    # if nobody passed a list, take the real command line (without the program name)
    if argv is None:
        argv = sys.argv[1:]

    # default name, like argv[0] || "world" in JavaScript
    name = "world"
    if len(argv) >= 1:
        name = argv[0]

    # print the greeting (console.log in JS)
    print("Hello, " + name + "!")

    # 0 means success
    return 0


# only run when executed directly, not when imported
if __name__ == "__main__":
    sys.exit(main())
