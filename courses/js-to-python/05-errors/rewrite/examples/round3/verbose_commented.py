import json


def load_settings(path):
    # Read the file. FileNotFoundError is Python's ENOENT, so I catch
    # exactly that one and let every other OSError reach the caller.
    try:
        with open(path, encoding="utf-8") as settings_file:  # closes itself
            text = settings_file.read()
    except FileNotFoundError:
        # No settings file yet: use the defaults.
        return {"theme": "light"}

    # Parse the JSON. If it's broken, raise a ValueError that names the
    # file, and keep the original error as the cause with "from".
    try:
        settings = json.loads(text)
    except json.JSONDecodeError as err:
        raise ValueError(f"bad settings in {path}") from err
    return settings
