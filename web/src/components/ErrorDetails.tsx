import { useState } from "preact/hooks";

/** A failure as a plain sentence, with yt-dlp's own words one click away, to copy into a bug report. */
export function ErrorDetails({ summary, details }: { summary: string; details: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div class="error">
      <p>{summary}</p>
      {details && (
        <details>
          <summary>Details</summary>
          <code>{details}</code>
          <button
            class="link"
            onClick={() =>
              void navigator.clipboard.writeText(details).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {copied ? "Copied" : "Copy"}
          </button>
        </details>
      )}
    </div>
  );
}
