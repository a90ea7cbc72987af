class Cart:
    def __init__(self, owner, items=[]) {
        self.owner = owner
        self.items = items
    }

    def addItem(self, name, price):
        self.items.push({ name, price })

    def getTotal(self):
        return self.items.reduce(lambda sum, item: sum + item.price, 0)
