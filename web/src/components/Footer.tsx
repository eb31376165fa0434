import { useEffect, useState } from "preact/hooks";
import { request, signOut } from "../api.js";
import { ServerFacts } from "../documents.js";

/** Where the API is documented, the server's version, and (with API_TOKEN set) a way to forget the token. */
export function Footer() {
  const [facts, setFacts] = useState<{ version: string; authRequired: boolean }>();
  useEffect(() => void request(ServerFacts).then((data) => setFacts(data.serverInfo), () => undefined), []);
  return (
    <footer>
      <span>API:</span>
      <a href="/graphql" target="_blank" rel="noopener">
        GraphiQL
      </a>
      <a href="/api/openapi.json" target="_blank" rel="noopener">
        OpenAPI document
      </a>
      {facts && <span>{`Server ${facts.version}`}</span>}
      {facts?.authRequired && (
        <button class="link" onClick={() => void signOut().then(() => location.reload())}>
          Forget token
        </button>
      )}
    </footer>
  );
}
