from collections import Counter


def group_by_team(names, teams):
    return Counter(teams)
