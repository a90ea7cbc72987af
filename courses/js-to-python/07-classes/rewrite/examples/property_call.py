from dataclasses import dataclass, field


@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)

    def add_item(self, name, price):
        self.items.append({"name": name, "price": price})

    def _sum_prices(self):
        return sum(item["price"] for item in self.items)

    total = property(_sum_prices, doc="the sum of the item prices")
