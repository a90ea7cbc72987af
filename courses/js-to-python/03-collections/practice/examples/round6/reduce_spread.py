from functools import reduce


def group_by_team(names, teams):
    return reduce(
        lambda acc, pair: {**acc, pair[1]: acc.get(pair[1], []) + [pair[0]]},
        zip(names, teams),
        {},
    )
