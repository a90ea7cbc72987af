# fs + path in Node -> pathlib in Python
import json
from collections import Counter  # like _.countBy but built in
from pathlib import Path


def count_tags(folder):
    # make a Path so we can glob and read from it
    folder_path = Path(folder)
    tag_counter = Counter()

    # only the .json files directly in the folder (like extname === ".json")
    for json_path in folder_path.glob("*.json"):
        # read the file as text and parse it
        text = json_path.read_text(encoding="utf-8")
        post = json.loads(text)
        # posts without "tags" add nothing
        tags = post.get("tags", [])
        tag_counter.update(tags)

    return tag_counter


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
