class _UserBuilder:
    def __init__(self, name):
        self._name = name
        self._role = "member"
        self._tags = []

    def role(self, role):
        self._role = role
        return self

    def tags(self, tags):
        self._tags = list(tags)
        return self

    def build(self):
        return {"name": self._name, "role": self._role, "tags": self._tags + [self._role]}


def make_user(name, *, role="member", tags=None):
    return _UserBuilder(name).role(role).tags(tags or []).build()
