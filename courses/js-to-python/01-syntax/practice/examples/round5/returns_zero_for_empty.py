"""Your explanation: returning 0 for no games is simpler than None, and
nobody really scores 0, so truthiness is never a problem here."""


def best_score(scores):
    if not scores:
        return 0
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best > 0:
        return f"{player_name}: best {best}"
    return f"{player_name}: no games yet"
