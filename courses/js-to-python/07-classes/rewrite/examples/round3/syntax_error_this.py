class Cart:
    constructor(self, owner, items=None):
        self.owner = owner
        self.items = items or []
