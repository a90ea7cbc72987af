"""Lesson 01 · Practice

Your explanation: a best score of 0 is falsy. `if not topScore` would treat
it as missing, so I check `is None`.
"""


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    topScore = best_score(scores)
    if topScore is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {topScore}"


if __name__ == "__main__":
    print(score_line("ada", [4, 9, 2]))
    print(score_line("grace", [0]))
    print(score_line("linus", []))
