"""Lesson 01 · Practice

Your explanation: max(scores, default=None) gives None for an empty list.
In score_line I check `best is None` and not `if not best`, because 0 is a
real score and 0 is falsy, so truthiness would call a 0 "no games yet".
"""


def best_score(scores):
    return max(scores, default=None)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
