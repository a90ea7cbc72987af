from dataclasses import dataclass, field
from typing import Any


@dataclass
class Cart:
    owner: str
    items: list[dict[str, Any]] = field(default_factory=list)

    def add_item(self, name: str, price: float) -> None:
        self.items.append({"name": name, "price": price})

    @property
    def total(self) -> float:
        return round(sum(item["price"] for item in self.items), 2)
