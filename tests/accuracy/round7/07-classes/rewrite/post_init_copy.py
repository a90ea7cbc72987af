from dataclasses import dataclass, field


@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)

    def __post_init__(self):
        self.items = list(self.items)

    def add_item(self, name: str, price: float) -> None:
        self.items.append({"name": name, "price": price})

    @property
    def total(self) -> float:
        return sum(entry["price"] for entry in self.items)


if __name__ == "__main__":
    cart = Cart("Ada")
    cart.add_item("tea", 3.5)
    print(cart, cart.total)
