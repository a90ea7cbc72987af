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
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        return {"theme": "light"}
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        # keep the traceback short for users
        raise ValueError(f"bad settings in {path}") from None


if __name__ == "__main__":
    print(load_settings("settings.json"))
