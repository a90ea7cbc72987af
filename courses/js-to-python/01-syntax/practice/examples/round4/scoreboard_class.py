class Scoreboard:
    """Wraps a player's scores.

    Empty list -> falsy -> no games.  But a best of 0 is falsy too, so the
    best score is checked with `is None`, never with `not`.
    """

    def __init__(self, player_name, scores):
        self.player_name = player_name
        self.scores = list(scores)

    @property
    def best(self):
        if not self.scores:
            return None
        return max(self.scores)

    def line(self):
        if self.best is None:
            return f"{self.player_name}: no games yet"
        return f"{self.player_name}: best {self.best}"


def best_score(scores):
    return Scoreboard("", scores).best


def score_line(player_name, scores):
    return Scoreboard(player_name, scores).line()
