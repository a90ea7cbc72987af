from dataclasses import dataclass, field
from functools import cached_property


@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)

    def add_item(self, name, price):
        self.items.append({"name": name, "price": price})

    @cached_property
    def total(self):
        return sum(item["price"] for item in self.items)
