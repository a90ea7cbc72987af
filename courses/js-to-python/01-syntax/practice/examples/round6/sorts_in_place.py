"""Lesson 01 · Practice

Your explanation: a score of 0 is falsy, so `if not best:` would treat it as
no score at all. I use `is None` for the best score.
"""


def best_score(scores):
    if not scores:
        return None
    scores.sort()
    return scores[-1]


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
