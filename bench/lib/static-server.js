// The ceiling for bench/storefront.ts: the exact bytes the app answered for each page, replayed
// by a plain node:http server (no framework, no database, no rendering) in its own process.
// Usage: node bench/lib/static-server.js <port> <pages.json>
// pages.json: [{ "path": "/", "contentType": "text/html; charset=utf-8", "body": "<base64>" }, …]
import fs from "node:fs";
import http from "node:http";

const [port, file] = process.argv.slice(2);
const pages = new Map(
  JSON.parse(fs.readFileSync(file, "utf8")).map((p) => [p.path, { type: p.contentType, body: Buffer.from(p.body, "base64") }]),
);
const server = http.createServer((req, res) => {
  const page = pages.get(req.url ?? "");
  if (!page) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "Content-Type": page.type, "Content-Length": page.body.length });
  res.end(page.body);
});
server.keepAliveTimeout = 65_000;
server.listen(Number(port), "127.0.0.1", () => process.send?.("ready"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
