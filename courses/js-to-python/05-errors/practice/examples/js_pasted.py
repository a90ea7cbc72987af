class PortError extends Error {}

function parsePort(text) {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new PortError(`not a port number: ${text}`);
  }
  return port;
}
