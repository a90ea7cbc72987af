from dataclasses import dataclass, field
from functools import reduce


@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)

    def add_item(self, name, price):
        self.items.append({"name": name, "price": price})

    @property
    def total(self):
        return reduce(lambda acc, item: acc + item["price"], self.items, 0)


if __name__ == "__main__":
    cart = Cart("Ada")
    cart.add_item("tea", 3.5)
    print(cart, cart.total)
