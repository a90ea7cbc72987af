from dataclasses import dataclass, field
from typing import NamedTuple


class LineItem(NamedTuple):
    name: str
    price: float


@dataclass
class Cart:
    owner: str
    items: list[LineItem] = field(default_factory=list)

    def add_item(self, name, price):
        self.items.append(LineItem(name, price))

    @property
    def total(self):
        return sum(price for _, price in self.items)
