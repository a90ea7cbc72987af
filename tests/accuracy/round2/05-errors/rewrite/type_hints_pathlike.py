import json
import os
from typing import Any


def load_settings(path: str | os.PathLike) -> dict[str, Any]:
    """Read settings; a missing file means the defaults.

    Other OSErrors (permissions, a directory) propagate to the caller.
    """
    try:
        with open(path, encoding="utf-8") as fh:
            contents = fh.read()
    except FileNotFoundError:
        return {"theme": "light"}
    try:
        return json.loads(contents)
    except json.JSONDecodeError as exc:
        raise ValueError(f"bad settings in {path}: {exc.msg}") from exc
