"""Lesson 01 · Practice

Your explanation: I return -1 for "no score" because 0 is a real score and is
falsy, so it cannot be the marker, and truthiness would get it wrong.
"""


def best_score(scores):
    if not scores:
        return -1
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best == -1:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
