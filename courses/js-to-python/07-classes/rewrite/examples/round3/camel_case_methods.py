from dataclasses import dataclass, field


@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)

    def addItem(self, name, price):
        self.items.append({"name": name, "price": price})

    @property
    def total(self):
        return sum(i["price"] for i in self.items)


if __name__ == "__main__":
    cart = Cart("Ada")
    cart.addItem("tea", 3.5)
    print(cart, cart.total)
