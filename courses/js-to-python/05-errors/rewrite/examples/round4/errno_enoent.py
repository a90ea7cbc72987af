import errno
import json


def load_settings(path):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as err:
        # same as err.code === "ENOENT" in node
        if err.errno == errno.ENOENT:
            return {"theme": "light"}
        raise
    try:
        return json.loads(text)
    except ValueError as err:
        raise ValueError(f"bad settings in {path}") from err


if __name__ == "__main__":
    print(load_settings("settings.json"))
