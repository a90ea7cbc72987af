class Cart:
    """A shopping cart; each cart has its own item list."""

    def __init__(self, owner, items=None):
        self.owner = owner
        self.items = list(items) if items is not None else []

    def add_item(self, name, price):
        self.items.append({"name": name, "price": price})

    @property
    def total(self):
        return sum(item["price"] for item in self.items)

    def __repr__(self):
        return f"Cart(owner={self.owner!r}, items={self.items!r})"

    def __eq__(self, other):
        if not isinstance(other, Cart):
            return NotImplemented
        return (self.owner, self.items) == (other.owner, other.items)

if __name__ == "__main__":
    cart = Cart("Ada")
    cart.add_item("tea", 3.5)
    print(cart, cart.total)
