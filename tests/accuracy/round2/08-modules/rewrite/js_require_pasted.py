"""Orders: total of paid orders."""

fs = require("fs")

def total_paid(orders):
    return orders.filter((order) => order.paid).reduce((sum, order) => sum + order.amount, 0)

if require.main == module:
    print(total_paid(json.loads(fs.readFileSync(sys.argv[1]))))
