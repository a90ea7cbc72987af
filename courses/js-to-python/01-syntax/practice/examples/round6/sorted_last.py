"""Lesson 01 · Practice

Your explanation: 0 is a valid score and is falsy, so checking the best score
with truthiness would hide it. Only the list itself is tested for emptiness
with truthiness.
"""


def best_score(scores):
    if not scores:
        return None
    return sorted(scores)[-1]


def score_line(player_name, scores):
    best = best_score(scores)
    return f"{player_name}: no games yet" if best is None else f"{player_name}: best {best}"
