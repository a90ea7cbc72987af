class UserFactory:
    DEFAULT_ROLE = "member"

    @classmethod
    def build(cls, name, role, tags):
        return {"name": name, "role": role, "tags": [*tags, role]}


def make_user(name, *, role=UserFactory.DEFAULT_ROLE, tags=None):
    return UserFactory.build(name, role, tags if tags is not None else [])
