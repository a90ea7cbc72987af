"""Lesson 01 · Practice

An empty list is falsy, but so is a best score of 0: `if not best:` would
print "no games yet" for a player whose best is 0, so I compare with None.
"""

best_score = lambda scores: max(scores, default=None)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
