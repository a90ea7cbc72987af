class Cart {
  constructor(owner, items = []) {
    this.owner = owner;
    this.items = items;
  }

  addItem(name, price) {
    this.items.push({ name, price });
  }

  getTotal() {
    return this.items.reduce((sum, item) => sum + item.price, 0);
  }
}
