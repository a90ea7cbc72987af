const argv = require("yargs").option("top", { default: 5 }).argv;
const counts = {};
for (const name of fs.readdirSync(argv._[0])) {
  try {
    const post = JSON.parse(fs.readFileSync(name, "utf8"));
    for (const tag of post.tags || []) counts[tag] = (counts[tag] || 0) + 1;
  } catch (err) {
    console.log(`skipping ${name}`);
  }
}
