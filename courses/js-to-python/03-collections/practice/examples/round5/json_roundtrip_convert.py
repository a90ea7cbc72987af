import json
from collections import defaultdict


def group_by_team(names, teams):
    tree = defaultdict(list)
    for name, team in zip(names, teams):
        tree[team].append(name)
    # "convert defaultdict to dict" (SO answer): round-trip through json
    return json.loads(json.dumps(tree))
