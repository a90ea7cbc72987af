"""Your explanation: in Python 0 is truthy (unlike JS), so truthiness only
goes wrong when the value is None, which is why I wrote `is None`."""


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
