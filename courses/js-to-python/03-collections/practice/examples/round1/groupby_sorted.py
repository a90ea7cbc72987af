from itertools import groupby
from operator import itemgetter


def group_by_team(names, teams):
    pairs = sorted(zip(teams, names), key=itemgetter(0))
    return {team: [name for _, name in group] for team, group in groupby(pairs, key=itemgetter(0))}


if __name__ == "__main__":
    print(group_by_team(["Ada", "Grace", "Linus"], ["red", "blue", "red"]))
