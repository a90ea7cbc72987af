"""Lesson 01 · Practice

Your explanation: in JavaScript 0 is falsy but in Python only None, False and
empty containers are falsy, so 0 is truthy. I still used `is None` because it
is the PEP 8 style for None.
"""


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
