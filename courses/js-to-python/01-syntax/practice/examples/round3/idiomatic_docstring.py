"""Lesson 01 practice.

Truthiness would be wrong for the best score: a best score of 0 is falsy,
so `if not best:` would report "no games yet" for a player who scored 0.
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
