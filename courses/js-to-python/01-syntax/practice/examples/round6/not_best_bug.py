"""Lesson 01 · Practice

Your explanation: truthiness is the wrong test when 0 is a possible value,
because 0 is falsy just like None.
"""


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if not best:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
