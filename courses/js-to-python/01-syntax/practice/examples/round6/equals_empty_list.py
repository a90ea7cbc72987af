"""Lesson 01 · Practice

Your explanation: `if not best` would be wrong because a score of 0 is falsy.
"""


def best_score(scores):
    if scores == []:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
