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
        return sum(line.price for line in self.items)


if __name__ == "__main__":
    cart = Cart("Ada")
    cart.add_item("tea", 3.5)
    print(cart, cart.total)
