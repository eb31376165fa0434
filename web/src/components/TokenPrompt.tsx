import { useState } from "preact/hooks";

/** Asked once when the server has API_TOKEN set; the browser then holds a session no script can read. */
export function TokenPrompt({ refused, onToken }: { refused: boolean; onToken(token: string): void }) {
  const [value, setValue] = useState("");
  return (
    <form
      class="token"
      onSubmit={(e) => {
        e.preventDefault();
        onToken(value.trim());
      }}
    >
      <h2>This server needs its API token</h2>
      <label for="token">API token</label>
      <input id="token" type="password" autoComplete="current-password" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      {refused && (
        <p class="error" role="alert">
          That token was refused. Check API_TOKEN on the server.
        </p>
      )}
      <button type="submit" class="primary">
        Save token
      </button>
    </form>
  );
}
