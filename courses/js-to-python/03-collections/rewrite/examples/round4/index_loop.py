from collections import Counter


def top_tags(posts, limit):
    counts = Counter()
    for i in range(len(posts)):
        if posts[i]["published"]:
            for j in range(len(posts[i]["tags"])):
                counts[posts[i]["tags"][j]] += 1
    return counts.most_common(limit)
