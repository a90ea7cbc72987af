from collections import defaultdict


def group_by_team(names: list[str], teams: list[str]) -> dict[str, list[str]]:
    """Map each team to its players, in the order they appear."""
    by_team: defaultdict[str, list[str]] = defaultdict(list)
    for name, team in zip(names, teams):
        by_team[team].append(name)
    return dict(by_team)


if __name__ == "__main__":
    print(group_by_team(["Ada", "Grace", "Linus"], ["red", "blue", "red"]))
