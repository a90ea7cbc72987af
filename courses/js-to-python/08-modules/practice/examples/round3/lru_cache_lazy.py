"""Your explanation: a module's top level executes on first import only, and
the module object is then cached in sys.modules, so doing I/O there turns
`import settings` into a side effect that tests can't avoid. I load lazily
on first use instead (and cache the result per path)."""
import json
import sys
from functools import lru_cache

DEFAULTS = {"debug": False, "port": 8000}


@lru_cache(maxsize=None)
def _read(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def load_settings(path):
    return {**DEFAULTS, **_read(path)}


def main():
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
