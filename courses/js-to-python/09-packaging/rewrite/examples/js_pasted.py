function main(argv) {
  const name = argv[0] || "world";
  console.log(`Hello, ${name}!`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
