# Truthiness alone would drop a 0 score (0 is falsy), so I special-case 0.


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is 0 or best:
        return f"{player_name}: best {best}"
    return f"{player_name}: no games yet"
