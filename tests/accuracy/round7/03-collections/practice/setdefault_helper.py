def _add(groups, team, name):
    groups.setdefault(team, []).append(name)


def group_by_team(names, teams):
    groups: dict[str, list[str]] = {}
    for name, team in zip(names, teams):
        _add(groups, team, name)
    return groups
