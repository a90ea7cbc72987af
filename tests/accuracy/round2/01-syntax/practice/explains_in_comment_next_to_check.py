def best_score(scores):
    # an empty list is falsy, so this reads "no scores yet"
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    # Truthiness would be the wrong test here: a best of 0 is falsy, and
    # `if not best` would call a player who scored 0 "no games yet".
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"


if __name__ == "__main__":
    print(score_line("ada", [4, 9, 2]))
    print(score_line("grace", [0]))
    print(score_line("linus", []))
