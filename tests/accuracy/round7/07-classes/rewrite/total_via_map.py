from dataclasses import dataclass, field
from operator import itemgetter


@dataclass
class Cart:
    owner: str
    items: list[dict] = field(default_factory=list)

    def add_item(self, name, price):
        self.items.append({"name": name, "price": price})

    @property
    def total(self):
        return sum(map(itemgetter("price"), self.items))


if __name__ == "__main__":
    cart = Cart("Ada")
    cart.add_item("tea", 3.5)
    print(cart, cart.total)
