import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServerProcess, type ServerProcess } from "./server.js";

const TOKEN = "session-test-token-0123456789";
let server: ServerProcess;

beforeAll(async () => {
  server = await startServerProcess({ API_TOKEN: TOKEN });
});
afterAll(() => server?.close());

const signIn = (token: string, headers: Record<string, string> = {}) =>
  fetch(`${server.base}/api/session`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ token }) });

/** Opens a graphql-ws socket with a Cookie header and says how connection_init went. */
function initWith(cookie: string): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/graphql`, "graphql-transport-ws", { headers: { cookie } });
    ws.once("open", () => ws.send(JSON.stringify({ type: "connection_init" })));
    ws.once("message", (data) => resolve(JSON.parse(String(data)).type));
    ws.once("close", (code) => resolve(`closed ${code}`));
  });
}

describe("the web page's session (the token traded for an HttpOnly cookie)", () => {
  it("refuses a wrong token and never sets a cookie for it", async () => {
    const res = await signIn("wrong-token-0123456789");
    expect(res.status).toBe(401);
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("sets an HttpOnly, SameSite=Strict cookie that holds no token and works for HTTP and WebSocket", async () => {
    const res = await signIn(TOKEN);
    expect(res.status).toBe(204);
    const setCookie = res.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/^mds_session=[^;]+; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Strict$/);
    expect(setCookie).not.toContain(TOKEN);
    const cookie = setCookie.split(";")[0]!;
    expect((await fetch(`${server.base}/api/downloads?limit=1`, { headers: { cookie } })).status).toBe(200);
    expect(await initWith(cookie)).toBe("connection_ack");

    const forged = cookie.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    expect((await fetch(`${server.base}/api/downloads?limit=1`, { headers: { cookie: forged } })).status).toBe(401);
    expect(await initWith(forged)).toBe("closed 4403");
  });

  it("keeps the CSRF defences: a change from another origin is refused even with the cookie", async () => {
    const cookie = (await signIn(TOKEN)).headers.get("set-cookie")!.split(";")[0]!;
    const res = await fetch(`${server.base}/api/downloads`, {
      method: "POST",
      headers: { cookie, origin: "https://evil.example", "content-type": "application/json" },
      body: JSON.stringify({ url: "https://example.com/" }),
    });
    expect(res.status).toBe(403);
    const signInFromElsewhere = await signIn(TOKEN, { origin: "https://evil.example" });
    expect(signInFromElsewhere.status).toBe(403);
  });

  it("signs out", async () => {
    const res = await fetch(`${server.base}/api/session`, { method: "DELETE" });
    expect(res.status).toBe(204);
    expect(res.headers.get("set-cookie")).toMatch(/^mds_session=; Path=\/; Max-Age=0; HttpOnly/);
  });

  it("signing out ends the session on the server: the old cookie no longer works, a new sign-in does", async () => {
    const cookie = (await signIn(TOKEN)).headers.get("set-cookie")!.split(";")[0]!;
    expect((await fetch(`${server.base}/api/downloads?limit=1`, { headers: { cookie } })).status).toBe(200);
    const out = await fetch(`${server.base}/api/session`, { method: "DELETE", headers: { cookie } });
    expect(out.status).toBe(204);
    expect((await fetch(`${server.base}/api/downloads?limit=1`, { headers: { cookie } })).status).toBe(401);
    expect(await initWith(cookie)).toBe("closed 4403");
    const again = (await signIn(TOKEN)).headers.get("set-cookie")!.split(";")[0]!;
    expect((await fetch(`${server.base}/api/downloads?limit=1`, { headers: { cookie: again } })).status).toBe(200);
  });

  it("a sign-out without a valid session ends nobody's", async () => {
    const cookie = (await signIn(TOKEN)).headers.get("set-cookie")!.split(";")[0]!;
    expect((await fetch(`${server.base}/api/session`, { method: "DELETE" })).status).toBe(204);
    expect((await fetch(`${server.base}/api/downloads?limit=1`, { headers: { cookie } })).status).toBe(200);
  });
});
