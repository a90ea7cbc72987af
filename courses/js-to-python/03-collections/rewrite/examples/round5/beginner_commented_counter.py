from collections import Counter

POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


def top_tags(posts, limit):
    # JS: posts.filter((post) => post.published)
    published_posts = [post for post in posts if post["published"]]

    # JS: the forEach + counts[tag] = (counts[tag] || 0) + 1
    # Counter starts every tag at 0 so I don't need the || 0 trick
    tag_counter = Counter()
    for post in published_posts:
        for tag in post["tags"]:
            tag_counter[tag] += 1

    # JS: Object.entries(counts).sort(...).slice(0, limit)
    # most_common already sorts by count, biggest first, and gives tuples
    return tag_counter.most_common(limit)


if __name__ == "__main__":
    print(top_tags(POSTS, 2))  # [('python', 2), ('lists', 1)]
