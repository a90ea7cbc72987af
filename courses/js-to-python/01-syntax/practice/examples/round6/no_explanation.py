"""Lesson 01 · Practice

Write `best_score(scores)` and `score_line(player_name, scores)` as the
lesson describes (`idiom show 01 --section practice`), then replace the line
below with your explanation.

Your explanation: ...
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
