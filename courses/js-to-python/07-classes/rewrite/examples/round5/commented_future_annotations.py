from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Cart:
    """A shopping cart that belongs to one owner."""

    # Who the cart belongs to.
    owner: str
    # Each cart gets its OWN list: default_factory calls list() per instance,
    # unlike `items = []`, which would be shared by every cart.
    items: list[dict] = field(default_factory=list)

    def add_item(self, name: str, price: float) -> None:
        # JS: this.items.push({ name, price })
        self.items.append({"name": name, "price": price})

    @property
    def total(self) -> float:
        # JS: getTotal() -> here a read-only attribute, cart.total
        return sum(item["price"] for item in self.items)


if __name__ == "__main__":
    cart = Cart("Ada")
    cart.add_item("tea", 3.5)
    print(cart, cart.total)
