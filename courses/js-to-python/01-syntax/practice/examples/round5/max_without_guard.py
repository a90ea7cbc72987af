# Truthiness is wrong for the best score, since a 0 best is falsy;
# so I check `is None`.


def best_score(scores):
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
