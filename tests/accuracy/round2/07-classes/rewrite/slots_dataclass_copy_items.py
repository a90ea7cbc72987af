import math
from dataclasses import dataclass, field


@dataclass(slots=True)
class Cart:
    owner: str
    items: list[dict[str, float]] = field(default_factory=list)

    def add_item(self, name: str, price: float) -> None:
        self.items.append({"name": name, "price": price})

    @property
    def total(self) -> float:
        return math.fsum(item["price"] for item in self.items)
