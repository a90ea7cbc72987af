from collections import Counter


def top_tags(posts, limit):
    # Step 1: keep only the published posts (this replaces .filter)
    published_posts = [post for post in posts if post["published"]]

    # Step 2: count every tag. Counter starts every key at zero, so I
    # don't need the `(counts[tag] || 0) + 1` trick from JavaScript.
    tag_counts = Counter()
    for post in published_posts:
        for tag in post["tags"]:
            tag_counts[tag] += 1

    # Step 3: most_common gives (tag, count) tuples, biggest first,
    # and only the first `limit` of them (like .slice(0, limit)).
    return tag_counts.most_common(limit)
