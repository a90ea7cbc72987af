"""Lesson 01 · Practice

Your explanation: an empty list is falsy, which is what I want for "no games",
but 0 is falsy too, so the best score is compared with `is None`.
"""

best_score = lambda scores: max(scores) if scores else None


def score_line(player_name, scores):
    best = best_score(scores)
    return f"{player_name}: no games yet" if best is None else f"{player_name}: best {best}"
