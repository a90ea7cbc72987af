"""Lesson 05 rewrite: loading settings the Python way."""
import json
from typing import Any


def load_settings(path: str) -> dict[str, Any]:
    """Load the settings stored as JSON in ``path``.

    - If the file does not exist we fall back to the default settings.
    - Any other OS problem (permissions, it is a directory, ...) is not ours
      to handle, so it goes up to the caller untouched.
    - If the JSON is broken we raise a ValueError that names the file and
      keeps the JSONDecodeError as its __cause__.
    """
    # Step 1: read the file. The with block closes it for us.
    try:
        with open(path, "r", encoding="utf-8") as settings_file:
            text = settings_file.read()
    except FileNotFoundError:
        # Same as err.code === "ENOENT" in Node.
        return {"theme": "light"}

    # Step 2: parse it.
    try:
        settings = json.loads(text)
    except json.JSONDecodeError as decode_error:
        # "from" is Python's version of { cause: err }.
        raise ValueError(f"bad settings in {path}") from decode_error

    # Step 3: hand it back.
    return settings


if __name__ == "__main__":
    print(load_settings("settings.json"))
