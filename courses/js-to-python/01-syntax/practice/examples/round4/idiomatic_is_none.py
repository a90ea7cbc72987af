"""Scores for each player.

Truthiness is the right test for the list (an empty list means no games),
but the wrong test for the best score: a best score of 0 is falsy, so
`if not best:` would print "no games yet" for a player who scored 0.
That is why score_line checks `best is None`.
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
