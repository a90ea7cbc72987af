import json


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        return {"theme": "light"}
    except json.JSONDecodeError as exc:
        raise ValueError(f"bad settings in {path}") from exc


if __name__ == "__main__":
    print(load_settings("settings.json"))
