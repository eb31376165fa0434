import type { ComponentChildren } from "preact";

/** A question that names what an action will do, with its answers (the buttons) and a way back. */
export function Confirm({ question, onBack, children }: { question: string; onBack(): void; children: ComponentChildren }) {
  return (
    <div class="confirm-box" role="alertdialog" aria-label={question}>
      <p>{question}</p>
      <div class="confirm">
        {children}
        <button onClick={onBack} autoFocus>
          Back
        </button>
      </div>
    </div>
  );
}
