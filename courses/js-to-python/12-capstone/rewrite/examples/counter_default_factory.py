"""Lesson 12 · Rewrite: the Counter is a dataclass field's default_factory."""
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Tally:
    counts: Counter = field(default_factory=Counter)

    def add(self, path):
        self.counts.update(json.loads(path.read_text(encoding="utf-8")).get("tags", []))


def count_tags(folder):
    tally = Tally()
    for path in Path(folder).glob("*.json"):
        tally.add(path)
    return tally.counts
