from dataclasses import dataclass, field


@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=lambda: [])

    def add_item(self, name, price):
        self.items.append({"name": name, "price": price})

    @property
    def total(self):
        return sum(i["price"] for i in self.items)


if __name__ == "__main__":
    cart = Cart("Ada")
    cart.add_item("tea", 3.5)
    print(cart, cart.total)
