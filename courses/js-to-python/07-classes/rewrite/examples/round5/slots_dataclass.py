from dataclasses import dataclass, field


@dataclass(slots=True)
class Cart:
    owner: str
    items: list[dict[str, float]] = field(default_factory=list)

    def add_item(self, name: str, price: float) -> None:
        self.items.append({"name": name, "price": price})

    @property
    def total(self) -> float:
        return sum(entry["price"] for entry in self.items)


if __name__ == "__main__":
    cart = Cart("Ada")
    cart.add_item("tea", 3.5)
    print(cart, cart.total)
