"""Lesson 12 · Rewrite

Port this Node function to Python using only the standard library:

    function countTags(dir) {
      const counts = {};
      for (const name of fs.readdirSync(dir)) {
        if (path.extname(name) !== ".json") continue;
        const text = fs.readFileSync(path.join(dir, name), "utf8");
        const post = JSON.parse(text);
        for (const tag of post.tags || []) {
          counts[tag] = (counts[tag] || 0) + 1;
        }
      }
      return counts;
    }

Write `count_tags(folder)` below: it returns how many times each tag appears
across the `.json` files in FOLDER.  Other files are ignored; a post without
"tags" counts nothing.  `idiom check` runs it on a scratch folder of posts.
"""


def count_tags(folder):
    # Your Python here.
    pass


if __name__ == "__main__":
    import sys

    print(count_tags(sys.argv[1] if len(sys.argv) > 1 else "."))
