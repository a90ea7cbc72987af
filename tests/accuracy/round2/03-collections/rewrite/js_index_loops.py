def top_tags(posts, limit):
    tagCounts = {}
    for i in range(len(posts)):
        if posts[i]["published"] == True:
            for j in range(len(posts[i]["tags"])):
                tag = posts[i]["tags"][j]
                if tag not in tagCounts:
                    tagCounts[tag] = 0
                tagCounts[tag] += 1
    sortedTags = sorted(tagCounts.items(), key=lambda x: x[1], reverse=True)
    return sortedTags[:limit]
