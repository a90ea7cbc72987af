function loadSettings(path) {
  let text;
  try {
    text = fs.readFileSync(path, "utf8");
  } catch (err) {
    if (err.code === "ENOENT") {
      return { theme: "light" };
    }
    throw err;
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`bad settings in ${path}`, { cause: err });
  }
}
