"""Your explanation: a player can score 0, which is falsy, so I don't test the
score itself for truthiness; I test whether the list is empty instead."""


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    if not scores:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best_score(scores)}"
