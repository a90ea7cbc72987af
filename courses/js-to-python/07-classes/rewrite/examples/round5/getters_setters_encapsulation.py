class Cart:
    def __init__(self, owner, items=None):
        self._owner = owner
        self._items = list(items) if items is not None else []

    @property
    def owner(self):
        return self._owner

    @owner.setter
    def owner(self, value):
        self._owner = value

    @property
    def items(self):
        return self._items

    @items.setter
    def items(self, value):
        self._items = value

    def add_item(self, name, price):
        self._items.append({"name": name, "price": price})

    @property
    def total(self):
        return sum(item["price"] for item in self._items)


if __name__ == "__main__":
    cart = Cart("Ada")
    cart.add_item("tea", 3.5)
    print(cart, cart.total)
