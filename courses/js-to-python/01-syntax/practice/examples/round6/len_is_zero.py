"""Lesson 01 · Practice

Your explanation: the best can be 0, which is falsy, so I use is None for it.
"""


def best_score(scores):
    if len(scores) is 0:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
