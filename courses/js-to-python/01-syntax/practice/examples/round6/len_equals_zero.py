"""Lesson 01 · Practice

Your explanation: a best score of 0 is falsy, so `if not best` would say
"no games yet" for it; I use `is None` there.
"""


def best_score(scores):
    if len(scores) == 0:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
