"""Lesson 01 · Practice

Your explanation: truthiness is the wrong test for the list because, as in
JavaScript, an empty list is truthy in Python, so `if scores:` is always true.
That is why the best score is compared with `is None`.
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
