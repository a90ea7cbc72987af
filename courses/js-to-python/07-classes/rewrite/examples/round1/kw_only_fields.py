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
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Cart:
    owner: str
    items: list[dict[str, float]] = field(default_factory=list)

    def add_item(self, name: str, price: float) -> None:
        self.items.append({"name": name, "price": price})

    @property
    def total(self) -> float:
        return sum(item["price"] for item in self.items)


if __name__ == "__main__":
    a, b = Cart("Ada"), Cart("Bob")
    a.add_item("tea", 3.5)
    print(a, b, a.total, b.total)
