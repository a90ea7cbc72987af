from itertools import groupby
from operator import itemgetter


def group_by_team(names, teams):
    pairs = sorted(zip(teams, names), key=itemgetter(0))
    return {
        team: [name for _, name in members]
        for team, members in groupby(pairs, key=itemgetter(0))
    }
