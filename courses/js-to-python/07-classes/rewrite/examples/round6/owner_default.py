from dataclasses import dataclass, field


@dataclass
class Cart:
    """A cart that belongs to one owner."""

    owner: str = ""
    items: list = field(default_factory=list)

    def add_item(self, name, price):
        """Add one item with its price."""
        self.items.append({"name": name, "price": price})

    @property
    def total(self):
        """Sum of the item prices."""
        return sum(item["price"] for item in self.items)
