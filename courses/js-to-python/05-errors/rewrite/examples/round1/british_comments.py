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


def load_settings(path):
    # A missing file is fine: behave as if the user had never customised anything.
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        return {"theme": "light"}
    # Anything else (permissions, a directory, ...) is not ours to handle, so it
    # travels on to the caller unchanged.

    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        # Wrap it, but keep the original behaviour visible in the traceback.
        raise ValueError(f"bad settings in {path}") from err


if __name__ == "__main__":
    print(load_settings("settings.json"))
