"""Lesson 01 · Practice

The best score may be 0, which is falsy, so `if not best:` would call it
missing. I check `best is None` instead.
"""


def best_score(scores):
    if len(scores) is not 0:
        return max(scores)
    return None


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
