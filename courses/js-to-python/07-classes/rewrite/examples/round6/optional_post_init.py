from dataclasses import dataclass
from typing import Optional


@dataclass
class Cart:
    owner: str
    items: Optional[list] = None

    def __post_init__(self):
        if self.items is None:
            self.items = []

    def add_item(self, name, price):
        self.items.append({"name": name, "price": price})

    @property
    def total(self):
        return sum(item["price"] for item in self.items)
