import json


def load_settings(path):
    try:
        with open(path) as f:
            data = f.read()
    except FileNotFoundError:
        return {"theme": "light"}
    try:
        return json.loads(data)
    except json.JSONDecodeError as err:
        raise ValueError("bad settings in " + path) from err


if __name__ == "__main__":
    print(load_settings("settings.json"))
