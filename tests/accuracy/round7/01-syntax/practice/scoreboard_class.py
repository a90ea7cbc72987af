"""Lesson 01 · Practice

Your explanation: a score of 0 is falsy, so `if not best:` would print
"no games yet" for a player whose best score is 0. I test the list with
truthiness (an empty list really means no games) but the best score with
`is None`.
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
