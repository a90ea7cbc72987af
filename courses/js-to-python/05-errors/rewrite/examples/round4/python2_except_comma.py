import json


def load_settings(path):
    try:
        with open(path) as f:
            text = f.read()
    except FileNotFoundError, err:
        return {"theme": "light"}
    try:
        return json.loads(text)
    except json.JSONDecodeError, err:
        raise ValueError("bad settings in %s" % path) from err


if __name__ == "__main__":
    print(load_settings("settings.json"))
