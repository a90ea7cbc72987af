"""Lesson 01 · Practice

Write `best_score(scores)` and `score_line(player_name, scores)` as the
lesson describes (`idiom show 01 --section practice`), then replace the line
below with your explanation.

Your explanation: ...
"""


def best_score(scores):
    # Your Python here.
    pass


def score_line(player_name, scores):
    # Your Python here.
    pass


if __name__ == "__main__":
    print(score_line("ada", [4, 9, 2]))
    print(score_line("grace", [0]))
    print(score_line("linus", []))
