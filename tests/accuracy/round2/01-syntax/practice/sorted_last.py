"""Your explanation: 0 is a valid score but it is falsy, so checking the best
score with `not` would wrongly say "no games yet" for someone who scored 0.
Only the list itself is tested with truthiness."""


def best_score(scores):
    if not scores:
        return None
    return sorted(scores)[-1]


def score_line(player_name, scores):
    best = best_score(scores)
    if best is not None:
        return f"{player_name}: best {best}"
    return f"{player_name}: no games yet"
