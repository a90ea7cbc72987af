function groupByTeam(names, teams) {
  const groups = {};
  names.forEach((name, i) => {
    const team = teams[i];
    if (!groups[team]) {
      groups[team] = [];
    }
    groups[team].push(name);
  });
  return groups;
}
