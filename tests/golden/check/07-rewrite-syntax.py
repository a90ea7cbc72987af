class Cart:
    def __init__(self, owner, items=[]):
        self.owner = owner
        self.items = items

    def getTotal(self) {
        return sum(item["price"] for item in self.items)
    }
