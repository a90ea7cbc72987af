"""Lesson 01 · Practice

Your explanation: I start best at None and compare with `is None`. If I had
written `if not best` a player who only ever scored 0 would be shown as having
no games, because 0 counts as False in Python.
"""


def best_score(scores):
    best = None
    for score in scores:
        if best is None or score > best:
            best = score
    return best


def score_line(player_name, scores):
    best = best_score(scores)
    if best is not None:
        return f"{player_name}: best {best}"
    return f"{player_name}: no games yet"
