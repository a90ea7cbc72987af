"""Lesson 01 · Practice

0 is falsy in Python, so a truthiness test on the best score would mistake a
real 0 for no score; `best is None` keeps the two apart.
"""


def best_score(scores):
    if not scores:
        return None
    scores.sort(reverse=True)
    return scores[0]


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
