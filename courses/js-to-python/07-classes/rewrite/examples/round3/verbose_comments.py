from dataclasses import dataclass, field


# A dataclass writes __init__, __repr__ and __eq__ for me.
@dataclass
class Cart:
    # who the cart belongs to
    owner: str
    # default_factory=list makes a NEW list for every cart
    # (a plain [] default would be shared, and dataclass refuses it anyway)
    items: list = field(default_factory=list)

    def add_item(self, name, price):
        # like this.items.push({ name, price }) in JS
        self.items.append({"name": name, "price": price})

    # @property lets me write cart.total instead of cart.get_total()
    @property
    def total(self):
        total_price = 0
        for item in self.items:
            total_price += item["price"]
        return total_price


if __name__ == "__main__":
    cart = Cart("Ada")
    cart.add_item("tea", 3.5)
    print(cart, cart.total)
