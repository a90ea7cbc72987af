from dataclasses import dataclass, field


@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)
    total: float = 0

    def add_item(self, name, price):
        self.items.append({"name": name, "price": price})
        self.total += price
