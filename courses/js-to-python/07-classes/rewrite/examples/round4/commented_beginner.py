# Lesson 7 rewrite: Cart as a dataclass
from dataclasses import dataclass, field


@dataclass  # writes __init__, __repr__ and __eq__ for me
class Cart:
    # the person who owns the cart
    owner: str
    # IMPORTANT: not "= []" - that would be shared (and dataclass refuses it).
    # default_factory=list makes a brand new list for every Cart.
    items: list = field(default_factory=list)

    def add_item(self, name, price):
        # JS: this.items.push({ name, price })
        self.items.append({"name": name, "price": price})

    # JS getTotal() becomes a property, so we write cart.total (no brackets)
    @property
    def total(self):
        # JS reduce((sum, item) => sum + item.price, 0) is just sum() here
        return sum(item["price"] for item in self.items)

if __name__ == "__main__":
    cart = Cart("Ada")
    cart.add_item("tea", 3.5)
    print(cart, cart.total)
