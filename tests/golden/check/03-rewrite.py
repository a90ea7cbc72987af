def top_tags(posts, limit):
    counts = {}
    for i in range(len(posts)):
        post = posts[i]
        if post["published"] == True:
            for tag in post["tags"]:
                counts[tag] = (counts.get(tag) or 0) + 1
    return sorted(counts.items(), key=lambda a: -a[1])[0:limit]
