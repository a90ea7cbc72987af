import io
import json
import os


def load_settings(path):
    # https://stackoverflow.com/questions/... "python read json file with default"
    try:
        with io.open(path, mode="r", encoding="utf-8") as json_file:
            try:
                data = json.load(json_file)
            except json.decoder.JSONDecodeError as e:
                raise ValueError("bad settings in {}".format(path)) from e
    except FileNotFoundError:
        data = {"theme": "light"}
    return data


if __name__ == "__main__":
    print(load_settings(os.path.join(os.getcwd(), "settings.json")))
