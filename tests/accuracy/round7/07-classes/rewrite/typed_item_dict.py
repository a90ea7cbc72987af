from dataclasses import dataclass, field
from typing import TypedDict


class Item(TypedDict):
    name: str
    price: float


@dataclass
class Cart:
    owner: str
    items: list[Item] = field(default_factory=list)

    def add_item(self, name: str, price: float) -> None:
        self.items.append(Item(name=name, price=price))

    @property
    def total(self) -> float:
        return sum(item["price"] for item in self.items)


if __name__ == "__main__":
    cart = Cart("Ada")
    cart.add_item("tea", 3.5)
    print(cart, cart.total)
