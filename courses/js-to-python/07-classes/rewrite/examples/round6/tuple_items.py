from dataclasses import dataclass, field


@dataclass
class Cart:
    owner: str
    items: list[tuple[str, float]] = field(default_factory=list)

    def add_item(self, name: str, price: float) -> None:
        self.items.append((name, price))

    @property
    def total(self) -> float:
        return sum(price for _, price in self.items)
