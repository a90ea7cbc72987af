import os
import json

def countTags(dir):
    counts = {}
    for name in os.listdir(dir):
        if not name.endswith(".json"): continue
        post = json.loads(open(os.path.join(dir, name)).read())
        for tag in post.get("tags") || []:
            counts[tag] = (counts.get(tag) || 0) + 1
    return counts
