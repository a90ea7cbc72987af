from dataclasses import dataclass
from typing import ClassVar


@dataclass
class Cart:
    owner: str
    items: ClassVar[list] = []

    def add_item(self, name, price):
        self.items.append({"name": name, "price": price})

    @property
    def total(self):
        return sum(item["price"] for item in self.items)
