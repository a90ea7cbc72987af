const fs = require("fs");

function totalPaid(orders) {
  return orders
    .filter((order) => order.paid)
    .reduce((sum, order) => sum + order.amount, 0);
}

module.exports = { totalPaid };

if (require.main === module) {
  const orders = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  console.log(totalPaid(orders));
}
