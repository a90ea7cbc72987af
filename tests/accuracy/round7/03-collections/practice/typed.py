from collections import defaultdict


def group_by_team(names: list[str], teams: list[str]) -> dict[str, list[str]]:
    groups: defaultdict[str, list[str]] = defaultdict(list)
    for name, team in zip(names, teams):
        groups[team].append(name)
    return dict(groups)
