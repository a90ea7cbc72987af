"""Lesson 05 · Rewrite

Rewrite this Node function in Python:

    function loadSettings(path) {
      let text;
      try {
        text = fs.readFileSync(path, "utf8");
      } catch (err) {
        if (err.code === "ENOENT") {
          return { theme: "light" };
        }
        throw err;
      }
      try {
        return JSON.parse(text);
      } catch (err) {
        throw new Error(`bad settings in ${path}`, { cause: err });
      }
    }

A missing file means the defaults, {"theme": "light"}; any other problem
reading the file must reach the caller; broken JSON becomes a ValueError that
names the file and keeps the original error as its cause.  Write
`load_settings` below.
"""
import json


class SettingsError(Exception):
    def __init__(self, message, cause=None):
        super().__init__(message)
        self.cause = cause


def load_settings(path):
    try:
        f = open(path, encoding="utf-8")
        try:
            text = f.read()
        finally:
            f.close()
    except Exception as err:
        if type(err).__name__ == "FileNotFoundError":
            return {"theme": "light"}
        raise err
    try:
        return json.loads(text)
    except Exception as err:
        raise SettingsError(f"bad settings in {path}", cause=err)


if __name__ == "__main__":
    print(load_settings("settings.json"))
