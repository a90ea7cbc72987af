"""Scores for the leaderboard.

An empty list is falsy, which is exactly "no games", so best_score tests it
with `if not scores`. The best score itself can be zero, a real value that
is falsy as well, so score_line compares it with None by identity instead.
"""


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is not None:
        return f"{player_name}: best {best}"
    return f"{player_name}: no games yet"
