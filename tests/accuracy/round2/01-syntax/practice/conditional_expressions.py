# Truthiness is fine for the list (empty means no games), but not for the
# best score: 0 is a real score and `if not best` would treat it as missing.


def best_score(scores):
    return max(scores) if scores else None


def score_line(player_name, scores):
    best = best_score(scores)
    return f"{player_name}: no games yet" if best is None else f"{player_name}: best {best}"
