"""Lesson 07 · Rewrite

Rewrite this JavaScript class as an idiomatic Python class:

    class Cart {
      constructor(owner, items = []) {
        this.owner = owner;
        this.items = items;
      }

      addItem(name, price) {
        this.items.push({ name, price });
      }

      getTotal() {
        return this.items.reduce((sum, item) => sum + item.price, 0);
      }
    }

Write `Cart` below: built as `Cart("Ada")` (or with a list of items), with
`owner`, `items`, an `add_item(name, price)` method and a `total`.
"""
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


if __name__ == "__main__":
    cart = Cart("Ada")
    cart.add_item("tea", 3.5)
    print(cart, cart.total)
