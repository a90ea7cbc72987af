class Cart:
    def __init__(self, owner, items=[]):
        this.owner = owner;
        self.items = items

    def addItem(self, name, price):
        self.items.push({ name, price })

    def getTotal(self):
        return reduce(lambda sum, item: sum + item.price, self.items, 0)

    def toString(self):
        return "Cart of " + self.owner
