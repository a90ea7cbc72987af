"""Lesson 08 · Practice

Your explanation: Python runs a module's body once, the first time it is
imported, and caches the module object in sys.modules; later imports get the
cached object. So anything at the top level (reading sys.argv[1], opening the
file, printing) would happen as a side effect of merely importing it, e.g.
when pytest or another module imports it. The work lives in functions instead.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DEFAULTS: dict[str, Any] = {"debug": False, "port": 8000}


def load_settings(path: str | Path) -> dict[str, Any]:
    overrides = json.loads(Path(path).read_text(encoding="utf-8"))
    log.debug("loaded %d settings from %s", len(overrides), path)
    return {**DEFAULTS, **overrides}


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO)
    args = sys.argv[1:] if argv is None else argv
    print(load_settings(args[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
