// A list would be better when the caller needs the length.
function* iterFiles(tree, prefix = "") {
  for (const [name, value] of Object.entries(tree)) {
    if (value === null) {
      yield prefix + name;
    } else {
      yield* iterFiles(value, `${prefix}${name}/`);
    }
  }
}
