from dataclasses import dataclass, field


@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=lambda: [])

    def add_item(self, name, price):
        self.items.append({"name": name, "price": price})

    @property
    def total(self):
        result = 0
        for item in self.items:
            result += item["price"]
        return result
