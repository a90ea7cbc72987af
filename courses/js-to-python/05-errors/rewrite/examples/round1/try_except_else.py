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

DEFAULTS = {"theme": "light"}


def load_settings(path):
    try:
        with open(path, "r", encoding="utf-8") as settings_file:
            raw = settings_file.read()
    except FileNotFoundError:
        return dict(DEFAULTS)
    else:
        try:
            return json.loads(raw)
        except ValueError as err:  # JSONDecodeError is a ValueError
            raise ValueError(f"bad settings in {path}") from err


if __name__ == "__main__":
    print(load_settings("settings.json"))
