import json


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as handle:
            raw = handle.read()
    except FileNotFoundError:
        return {"theme": "light"}
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise ValueError(f"bad settings in {path}") from exc
