"""Lesson 01 · Practice

Your explanation: a player with scores [0] has a best of 0, and 0 is falsy.
Writing `if not best` would treat that real score as missing, so I use
`is None` for the best score and truthiness only for the list.
"""


class ScoreBoard:
    def __init__(self, scores):
        self.scores = list(scores)

    def best(self):
        if not self.scores:
            return None
        return max(self.scores)


def best_score(scores):
    return ScoreBoard(scores).best()


def score_line(player_name, scores):
    best = ScoreBoard(scores).best()
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
