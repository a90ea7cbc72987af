class Cart:
    def __init__(self, owner, items=None):
        self.owner = owner
        self.items = items if items is not None else []

    def add_item(self, name, price):
        self.items.append({"name": name, "price": price})

    @property
    def total(self):
        return sum(item["price"] for item in self.items)

    def __repr__(self):
        return f"Cart(owner={self.owner!r}, items={self.items!r})"
