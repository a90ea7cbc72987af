"""Lesson 01 · Practice

Your explanation: see the comments.
"""


def best_score(scores):
    if not scores:  # an empty list means no games at all
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    # `if not best` would be wrong here: 0 is a real score and it is falsy
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
