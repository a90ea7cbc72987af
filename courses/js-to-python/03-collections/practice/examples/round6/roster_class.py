from collections import defaultdict


class Roster:
    def __init__(self):
        self._teams = defaultdict(list)

    def add(self, name, team):
        self._teams[team].append(name)

    def as_dict(self):
        return {team: list(players) for team, players in self._teams.items()}


def group_by_team(names, teams):
    roster = Roster()
    for name, team in zip(names, teams):
        roster.add(name, team)
    return roster.as_dict()
