import json

DEFAULTS = {"theme": "light"}


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as f:
            raw = f.read()
    except FileNotFoundError:
        return dict(DEFAULTS)
    try:
        return json.loads(raw)
    except ValueError as err:  # JSONDecodeError is a ValueError
        raise ValueError(f"bad settings in {path!r}") from err


if __name__ == "__main__":
    print(load_settings("settings.json"))
