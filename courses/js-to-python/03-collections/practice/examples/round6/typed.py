from collections import defaultdict


def group_by_team(names: list[str], teams: list[str]) -> dict[str, list[str]]:
    by_team: defaultdict[str, list[str]] = defaultdict(list)
    for name, team in zip(names, teams):
        by_team[team].append(name)
    return dict(by_team)
