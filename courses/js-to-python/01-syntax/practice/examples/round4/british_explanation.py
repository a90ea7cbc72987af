"""Your explanation: truthiness behaves nicely for the list itself, an
empty list is falsy, so `if not scores` reads well.  It would misbehave on
the score, though: I recognise 0 as a genuine result, but Python treats it
as falsy, so `if not best` would label a nought-point player as having no
games.  Hence the `is None` comparison.
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
