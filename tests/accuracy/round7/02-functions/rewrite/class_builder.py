class UserBuilder:
    def __init__(self, name, role):
        self.name = name
        self.role = role
        self.tags = []

    def with_tags(self, tags):
        self.tags.extend(tags)
        return self

    def build(self):
        return {"name": self.name, "role": self.role, "tags": [*self.tags, self.role]}


def make_user(name, *, role="member", tags=None):
    return UserBuilder(name, role).with_tags(tags or []).build()
