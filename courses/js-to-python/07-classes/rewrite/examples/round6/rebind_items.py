from dataclasses import dataclass, field


@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)

    def add_item(self, name, price):
        self.items = self.items + [{"name": name, "price": price}]

    @property
    def total(self):
        return sum(i["price"] for i in self.items)
