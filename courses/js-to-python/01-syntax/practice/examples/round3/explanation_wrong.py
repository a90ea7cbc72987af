"""Your explanation: truthiness is wrong here because in Python an empty
list is truthy, just like in JavaScript, so `if not scores` never fires.
That's why I use is None."""


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
