class Cart:
    """A shopping cart."""

    def __init__(self, owner, items=None):
        self.owner = owner
        self.items = list(items or [])

    def __repr__(self):
        return f"Cart({self.owner!r}, {self.items!r})"

    def add_item(self, name, price):
        self.items.append({"name": name, "price": price})

    @property
    def total(self):
        return sum(item["price"] for item in self.items)
