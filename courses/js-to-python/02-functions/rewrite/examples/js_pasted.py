function makeUser(name, { role = "member", tags = [] } = {}) {
  tags.push(role);
  return { name, role, tags };
}
