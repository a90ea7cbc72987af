class Cart:
    def __init__(self, owner, items=None):
        self._owner = owner
        self._items = list(items) if items else []

    def get_owner(self):
        return self._owner

    def set_owner(self, owner):
        self._owner = owner

    def get_items(self):
        return self._items

    owner = property(get_owner, set_owner)
    items = property(get_items)

    def add_item(self, name, price):
        self._items.append({"name": name, "price": price})

    @property
    def total(self):
        return sum(i["price"] for i in self._items)


if __name__ == "__main__":
    cart = Cart("Ada")
    cart.add_item("tea", 3.5)
    print(cart, cart.total)
