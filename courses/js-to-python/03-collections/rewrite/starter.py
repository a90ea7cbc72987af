"""Lesson 03 · Rewrite

Rewrite this tag counter the way a Python developer would write it, with the
standard library instead of a translation of each array method:

    function topTags(posts, limit) {
      const counts = {};
      posts
        .filter((post) => post.published)
        .forEach((post) => {
          for (const tag of post.tags) {
            counts[tag] = (counts[tag] || 0) + 1;
          }
        });
      return Object.entries(counts)
        .sort((a, b) => b[1] - a[1])
        .slice(0, limit);
    }

Write `top_tags` below.  Each post is a dict like POSTS[0]; the function
returns the `limit` most used tags of the published posts as (tag, count)
tuples, most used first.
"""

POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


def top_tags(posts, limit):
    # Your Python here.
    pass


if __name__ == "__main__":
    print(top_tags(POSTS, 2))
