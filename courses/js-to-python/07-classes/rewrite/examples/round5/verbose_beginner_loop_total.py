from dataclasses import dataclass, field


@dataclass
class Cart:
    """Shopping cart. Each cart has its own list of items."""

    owner: str
    items: list = field(default_factory=list)

    def add_item(self, name, price):
        """Add one item with a name and a price."""
        new_item = {"name": name, "price": price}
        self.items.append(new_item)

    @property
    def total(self):
        """Sum of the prices of all the items."""
        running_total = 0
        for item in self.items:
            running_total = running_total + item["price"]
        return running_total


if __name__ == "__main__":
    cart = Cart("Ada")
    cart.add_item("tea", 3.5)
    print(cart, cart.total)
