const fs = require("fs");
const path = require("path");

function countTags(dir) {
  const counts = {};
  for (const name of fs.readdirSync(dir)) {
    if (path.extname(name) !== ".json") continue;
    const post = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"));
    for (const tag of post.tags || []) {
      counts[tag] = (counts[tag] || 0) + 1;
    }
  }
  return counts;
}
