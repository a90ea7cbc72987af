# Lesson 5 rewrite - load_settings
# In JavaScript I used fs.readFileSync and checked err.code.
# In Python the missing file has its own exception class so I catch that.
import json


def load_settings(path):
    # First step: read the file.
    # "with" closes the file for me, even if reading fails half way.
    try:
        with open(path, "r", encoding="utf-8") as settings_file:
            # read the whole file into a string
            contents = settings_file.read()
    except FileNotFoundError:
        # the file is not there -> use the defaults
        # (PermissionError and other OSErrors are NOT caught, so they go
        # up to the caller, like the `throw err` in the JS version)
        return {"theme": "light"}

    # Second step: parse the JSON text.
    try:
        settings = json.loads(contents)
    except json.JSONDecodeError as error:
        # wrap the error so the message says which file was bad,
        # "from error" keeps the original error as __cause__
        raise ValueError(f"bad settings in {path}") from error

    # everything worked, give back the dictionary
    return settings


if __name__ == "__main__":
    print(load_settings("settings.json"))
