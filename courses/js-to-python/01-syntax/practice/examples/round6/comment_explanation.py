"""Lesson 01 · Practice

Write `best_score(scores)` and `score_line(player_name, scores)` as the
lesson describes (`idiom show 01 --section practice`), then replace the line
below with your explanation.

Your explanation: ...
"""


def best_score(scores):
    if not scores:  # empty list -> no best score
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    # Careful: `if not best` would be wrong here. A best score of 0 is falsy,
    # so grace with [0] would read "no games yet". is None only matches None.
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
