/** The CRM's answer exactly as stored (first 2 KB, secrets masked), one click behind the verdict. */
export function RawAnswer({ text }: { text: string }) {
  return (
    <details className="small">
      <summary>Raw answer</summary>
      {/* Rendered as text by React: the answer is escaped, never interpreted. */}
      <pre className="raw-body" data-testid="raw-answer">
        {text || "(empty)"}
      </pre>
    </details>
  );
}
