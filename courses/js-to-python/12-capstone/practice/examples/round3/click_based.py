import json
import logging
from collections import Counter
from pathlib import Path

import click


@click.command()
@click.argument("folder", type=click.Path(exists=True))
@click.option("--top", default=5)
def main(folder, top):
    counts = Counter()
    for path in Path(folder).glob("*.json"):
        try:
            counts.update(json.loads(path.read_text()).get("tags", []))
        except json.JSONDecodeError:
            logging.warning("skipping %s", path)
    for tag, count in counts.most_common(top):
        click.echo(f"{tag} {count}")
    return 0
