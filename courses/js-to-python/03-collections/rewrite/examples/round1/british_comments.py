import collections
from collections import Counter

POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


def top_tags(posts, limit):
    # Only published posts count; Counter initialises every tag at zero.
    tally = Counter()
    for post in posts:
        if post["published"]:
            tally.update(post["tags"])
    # most_common keeps insertion order for ties, same behaviour as a stable sort.
    return tally.most_common(limit)


if __name__ == "__main__":
    print(top_tags(POSTS, 2))
