// Child-process entry of the HTTP test harness (test/http/app-server.ts): the production
// server (server.js → build/server) on 127.0.0.1 and a free port, with whatever environment
// the parent gave it. Tells the parent its URL over IPC; stops on SIGTERM, or when the parent
// goes away (IPC disconnect), so a crashed test run leaves no server behind.
import url from "node:url";

// server.js itself, or the harness's private copy of it and of build/ (test/http/app-server.ts).
const entry = process.env.HARNESS_SERVER_ENTRY ? url.pathToFileURL(process.env.HARNESS_SERVER_ENTRY).href : "../../server.js";
const { startHttpServer } = await import(entry);

const http = await startHttpServer({ port: Number(process.env.HARNESS_PORT ?? 0), host: "127.0.0.1" });
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  const force = setTimeout(() => process.exit(0), 10_000);
  force.unref();
  await http.close().catch((error) => console.error("[harness-server] close failed:", error));
  process.exit(0);
}
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
process.once("disconnect", stop);
process.send?.({ type: "listening", url: http.url });
