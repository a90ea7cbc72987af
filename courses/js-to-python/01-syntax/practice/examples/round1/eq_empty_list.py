"""Lesson 01 · Practice

Your explanation: 0 is a valid score but falsy, so a truthiness check on the
best score would drop it. I use `is None` for that.
"""


def best_score(scores):
    if scores == []:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"


if __name__ == "__main__":
    print(score_line("ada", [4, 9, 2]))
    print(score_line("grace", [0]))
    print(score_line("linus", []))
