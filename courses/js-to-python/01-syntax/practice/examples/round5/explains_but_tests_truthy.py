"""Your explanation: truthiness goes wrong for the best score because a
score of 0 is falsy; only an empty list should mean "no games"."""


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    if best_score(scores):
        return f"{player_name}: best {best_score(scores)}"
    return f"{player_name}: no games yet"
