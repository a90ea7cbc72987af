from collections import Counter  # Counter is a dict made for counting


def top_tags(posts, limit):
    # keep only the published posts (this replaces .filter)
    published_posts = [post for post in posts if post["published"]]

    # count every tag; Counter starts each new key at 0 for us
    tag_counts = Counter()
    for post in published_posts:
        for tag in post["tags"]:
            tag_counts[tag] += 1

    # most_common gives (tag, count) tuples, biggest first, like the sort + slice
    return tag_counts.most_common(limit)
