class _UserBuilder:
    def __init__(self, name):
        self._name = name
        self._role = "member"
        self._tags = []

    def with_role(self, role):
        self._role = role
        return self

    def with_tags(self, tags):
        self._tags = list(tags)
        return self

    def build(self):
        return {"name": self._name, "role": self._role, "tags": [*self._tags, self._role]}


def make_user(name, *, role="member", tags=None):
    builder = _UserBuilder(name).with_role(role)
    if tags is not None:
        builder.with_tags(tags)
    return builder.build()
