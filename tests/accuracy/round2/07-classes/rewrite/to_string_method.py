class Cart:
    def __init__(self, owner, items=None):
        self.owner = owner
        self.items = list(items) if items else []

    def add_item(self, name, price):
        self.items.append({"name": name, "price": price})

    @property
    def total(self):
        totalPrice = 0
        for item in self.items:
            totalPrice += item["price"]
        return totalPrice

    def to_string(self):
        return "Cart(" + self.owner + ")"
