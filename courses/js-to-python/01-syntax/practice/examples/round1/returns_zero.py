"""Lesson 01 · Practice

Your explanation: an empty list is falsy so I check `if not scores` first,
before trying to read a best score out of it.
"""


def best_score(scores):
    if not scores:
        return 0
    return max(scores)


def score_line(player_name, scores):
    if not scores:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best_score(scores)}"


if __name__ == "__main__":
    print(score_line("ada", [4, 9, 2]))
    print(score_line("grace", [0]))
    print(score_line("linus", []))
