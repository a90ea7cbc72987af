class Cart:
    def __init__(self, owner, items=None):
        self.owner = owner
        self.items = [] if items is None else items

    def add_item(self, name, price):
        self.items.append({"name": name, "price": price})

    @property
    def total(self):
        return sum(i["price"] for i in self.items)

    def to_string(self):
        return "Cart(" + self.owner + ", " + str(len(self.items)) + " items)"

if __name__ == "__main__":
    cart = Cart("Ada")
    cart.add_item("tea", 3.5)
    print(cart, cart.total)
