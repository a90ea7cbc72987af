import json

_DEFAULTS = {"theme": "light"}


def _read_text(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        return None


def _parse(text, path):
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise ValueError(f"bad settings in {path}") from err


def load_settings(path):
    text = _read_text(path)
    if text is None:
        return dict(_DEFAULTS)
    return _parse(text, path)
