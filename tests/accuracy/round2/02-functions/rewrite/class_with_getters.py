class User:
    def __init__(self, name, role, tags):
        self._name = name
        self._role = role
        self._tags = tags

    def getName(self):
        return self._name

    def getRole(self):
        return self._role

    def getTags(self):
        return self._tags


def make_user(name, *, role="member", tags=None):
    return User(name, role, [*(tags or []), role])
