import json

# A missing file means the defaults; anything else from open() propagates.


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as fh:
            try:
                return json.load(fh)
            except json.JSONDecodeError as exc:
                raise ValueError(f"bad settings in {path}") from exc
    except FileNotFoundError:
        return {"theme": "light"}
