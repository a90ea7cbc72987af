def makeUser(name, role="member", tags=[]):
    tags.push(role);
    return {name: name, role: role, tags: tags}
