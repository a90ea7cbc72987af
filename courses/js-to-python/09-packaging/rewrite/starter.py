"""Lesson 09 · Rewrite

Rewrite this Node command-line script as a Python module that a
`[project.scripts]` entry such as `greet = "greet.cli:main"` can run:

    function main(argv) {
      const name = argv[0] || "world";
      console.log(`Hello, ${name}!`);
      return 0;
    }

    process.exitCode = main(process.argv.slice(2));

`greet Ada` prints "Hello, Ada!" and `greet` alone prints "Hello, world!".
Remember that the script pip generates imports this module and then calls
`main()` with no arguments.
"""
import sys


def main(argv):
    # Your Python here.
    pass
