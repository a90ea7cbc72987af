from dataclasses import dataclass, field


@dataclass
class Cart:
    owner: str
    items: list[dict] = field(default_factory=list)

    def add_item(self, name, price):
        self.items.append({"name": name, "price": price})

    @property
    def total(self):
        return sum(item["price"] for item in self.items)


if __name__ == "__main__":
    cart = Cart("Ada")
    cart.add_item("tea", 3.5)
    print(cart, cart.total)
