# This is my Python version of the greet CLI from the Node project.
# In Node we did process.argv.slice(2) but in Python the arguments
# start at index 1 (index 0 is the script name).

import sys  # sys gives us argv and exit


# main is the function pip's generated "greet" script will call
# it can take a list for testing, but normally gets nothing
def main(argv=None):
    # if nobody passed a list in, read the real command line
    if argv is None:
        argv = sys.argv[1:]

    # same as argv[0] || "world" in JavaScript
    if len(argv) > 0:
        name = argv[0]
    else:
        name = "world"

    # print the greeting (console.log in Node)
    print(f"Hello, {name}!")

    # 0 means success, like process.exitCode = 0
    return 0


# only run when the file is executed directly, not when it is imported
if __name__ == "__main__":
    sys.exit(main())
