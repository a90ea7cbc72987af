from dataclasses import dataclass, field


@dataclass
class Cart:
    """A shopping cart owned by one person."""

    owner: str
    items: list[dict] = field(default_factory=list)

    def add_item(self, name: str, price: float) -> None:
        self.items.append({"name": name, "price": price})

    @property
    def total(self) -> float:
        total = 0.0
        for item in self.items:
            total += item["price"]
        return total


if __name__ == "__main__":
    cart = Cart("Ada")
    cart.add_item("tea", 3.5)
    print(cart, cart.total)
