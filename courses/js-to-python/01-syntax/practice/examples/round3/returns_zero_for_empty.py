# Truthiness is wrong for scores because 0 is falsy.
def best_score(scores):
    if not scores:
        return 0
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best == 0:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
