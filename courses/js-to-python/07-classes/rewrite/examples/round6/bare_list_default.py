from dataclasses import dataclass


@dataclass
class Cart:
    owner: str
    items: list = []

    def add_item(self, name, price):
        self.items.append({"name": name, "price": price})

    @property
    def total(self):
        return sum(item["price"] for item in self.items)
