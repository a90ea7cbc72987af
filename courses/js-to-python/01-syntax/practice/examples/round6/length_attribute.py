"""Lesson 01 · Practice

Your explanation: 0 is falsy in Python so a zero best score needs `is None`.
"""


def best_score(scores):
    if scores.length == 0:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
