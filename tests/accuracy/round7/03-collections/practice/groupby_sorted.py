from itertools import groupby


def group_by_team(names, teams):
    pairs = sorted(zip(teams, names), key=lambda pair: pair[0])
    return {team: [name for _, name in members] for team, members in groupby(pairs, key=lambda pair: pair[0])}
