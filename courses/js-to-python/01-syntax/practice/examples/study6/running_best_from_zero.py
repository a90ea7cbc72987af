"""Lesson 01 · Practice

A best score of 0 is a real score, and 0 is falsy, so `if not best:` would
report it as "no games yet". I test the missing case with `is None`.
"""


def best_score(scores):
    if not scores:
        return None
    highest = 0
    for score in scores:
        highest = max(highest, score)
    return highest


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
