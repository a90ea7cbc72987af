class Cart:
    def __init__(self, owner, items=[]):
        self.owner = owner
        self.items = items

    def add_item(self, name, price):
        self.items.append({"name": name, "price": price})

    @property
    def total(self):
        return sum(item["price"] for item in self.items)
