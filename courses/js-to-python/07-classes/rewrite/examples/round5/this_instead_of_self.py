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


if __name__ == "__main__":
    cart = Cart("Ada")
    cart.add_item("tea", 3.5)
    print(cart, cart.total)
