POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    {"title": "Dicts", "published": True, "tags": ["python", "dicts"]},
    {"title": "Draft", "published": False, "tags": ["drafts", "lists"]},
]


def top_tags(posts, limit):
    counts = {}
    for i in range(len(posts)):
        if posts[i]["published"]:
            for j in range(len(posts[i]["tags"])):
                tag = posts[i]["tags"][j]
                if tag not in counts:
                    counts[tag] = 0
                counts[tag] += 1
    return sorted(counts.items(), key=lambda item: item[1], reverse=True)[:limit]


if __name__ == "__main__":
    print(top_tags(POSTS, 2))
