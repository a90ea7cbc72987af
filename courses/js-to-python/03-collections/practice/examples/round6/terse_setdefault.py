def group_by_team(names, teams):
    out = {}
    for n, t in zip(names, teams): out.setdefault(t, []).append(n)
    return out
