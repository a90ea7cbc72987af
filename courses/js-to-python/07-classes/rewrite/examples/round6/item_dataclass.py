from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Item:
    name: str
    price: float


@dataclass
class Cart:
    owner: str
    items: list[Item] = field(default_factory=list)

    def add_item(self, name: str, price: float) -> None:
        self.items.append(Item(name, price))

    @property
    def total(self) -> float:
        return sum(item.price for item in self.items)
