from dataclasses import dataclass, field


@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)

    def add_item(this, name, price):
        this.items.append({"name": name, "price": price})

    @property
    def total(this):
        return sum(item["price"] for item in this.items)
