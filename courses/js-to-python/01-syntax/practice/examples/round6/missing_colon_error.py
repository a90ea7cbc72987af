"""Lesson 01 · Practice

Your explanation: 0 is falsy so truthiness would treat a zero best score as
no games; I use `is None`.
"""


def best_score(scores):
    if not scores
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
