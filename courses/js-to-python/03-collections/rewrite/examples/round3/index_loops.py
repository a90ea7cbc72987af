def top_tags(posts, limit):
    counts = {}
    for i in range(len(posts)):
        if posts[i]["published"]:
            for j in range(len(posts[i]["tags"])):
                tag = posts[i]["tags"][j]
                counts[tag] = (counts.get(tag) or 0) + 1
    return sorted(counts.items(), key=lambda x: x[1], reverse=True)[:limit]
