import json
import logging
from collections import Counter
from pathlib import Path

import typer

app = typer.Typer()


@app.command()
def tagcount(folder: Path, top: int = 5):
    counts = Counter()
    for path in folder.glob("*.json"):
        try:
            counts.update(json.loads(path.read_text(encoding="utf-8")).get("tags", []))
        except json.JSONDecodeError:
            logging.warning("skipping %s", path)
    for tag, count in counts.most_common(top):
        print(tag, count)


def main(argv=None):
    app(argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
