"""Lesson 08 · Practice

Settings module: load_settings(path) and main().

Your explanation: When Python imports a module it executes the whole file once and
keeps the resulting module in sys.modules, so a second `import settings`
does not run it again but returns the cached module. Code at the top level
is therefore run by whoever imports first, including test collectors and
doc tools, which is why all the work lives in functions here.
"""
import json
import sys
from pathlib import Path
from typing import Any

DEFAULTS: dict[str, Any] = {"debug": False, "port": 8000}


def load_settings(path: str | Path) -> dict[str, Any]:
    loaded = json.loads(Path(path).read_text(encoding="utf-8"))
    return {**DEFAULTS, **loaded}


def main() -> None:
    print(load_settings(sys.argv[1]))


if __name__ == "__main__":
    main()
