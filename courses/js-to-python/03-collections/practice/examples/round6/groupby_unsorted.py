from itertools import groupby
from operator import itemgetter


def group_by_team(names, teams):
    pairs = zip(names, teams)
    return {
        team: [name for name, _ in members]
        for team, members in groupby(pairs, key=itemgetter(1))
    }
