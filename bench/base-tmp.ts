import { createServer } from "node:http";
import { fork } from "node:child_process";
if (process.argv[2] === "server") {
  createServer((req, res) => { let b = ""; req.on("data", (c) => (b += c)); req.on("end", () => { res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify([{ id: "x", url: JSON.parse(b).url }])); }); }).listen(4567, "127.0.0.1", () => process.send!("ready"));
} else {
  const child = fork(new URL(import.meta.url).pathname, ["server"], { execArgv: ["--import", "tsx"] });
  await new Promise((r) => child.once("message", r));
  for (let round = 0; round < 3; round++) {
    const times: number[] = [];
    const t0 = performance.now();
    await Promise.all(Array.from({ length: 500 }, async (_, i) => { const s = performance.now(); await fetch("http://127.0.0.1:4567/api/downloads", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ url: `http://x/${i}` }) }).then((r) => r.json()); times.push(performance.now() - s); }));
    times.sort((a, b) => a - b);
    console.log(`trivial server: 500 concurrent POST p50 ${times[250]!.toFixed(0)} ms p99 ${times[495]!.toFixed(0)} ms total ${(performance.now() - t0).toFixed(0)} ms`);
  }
  child.kill();
}
