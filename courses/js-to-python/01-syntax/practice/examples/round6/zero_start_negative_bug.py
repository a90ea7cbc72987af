"""Lesson 01 · Practice

Your explanation: if I tested the best score with truthiness a 0 would be
treated as "no games yet", so I test for None with `is None`.
"""


def best_score(scores):
    if not scores:
        return None
    best = 0
    for score in scores:
        if score > best:
            best = score
    return best


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
