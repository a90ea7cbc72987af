import dataclasses


@dataclasses.dataclass
class Cart:
    owner: str
    items: list = dataclasses.field(default_factory=list)

    def add_item(self, name, price):
        self.items.append((name, price))

    @property
    def total(self):
        return sum(price for _, price in self.items)
