class Scoreboard:
    """Holds one player's scores.

    Note on truthiness: `best` may be 0, which Python treats as false, so a
    check like `if self.best:` would report "no games yet" for a player who
    scored 0. Only the list is tested for truthiness.
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
