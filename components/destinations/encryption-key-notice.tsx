import type { KeyStatus } from "@/lib/security/encryption-key-status";

/** Tells the admin where the key that seals destination secrets lives, and to back it up. */
export function EncryptionKeyNotice({ status }: { status: KeyStatus }) {
  if (status.source === "env") return null;
  if (status.source === "unusable") {
    return (
      <p className="alert error" role="alert">
        Destination secrets cannot be encrypted: {status.message}
      </p>
    );
  }
  return (
    <p
      className="alert"
      style={{ color: "var(--warn)", borderColor: "#f0d9a8", background: "#fff8e6" }}
      data-testid="key-notice"
    >
      {status.source === "file" ? (
        <>
          Secrets are encrypted with a key Lead desk generated at <code>{status.file}</code>. Back it up or set{" "}
          <code>ENCRYPTION_KEY</code>: without it, saved secrets cannot be decrypted and must be entered again.
        </>
      ) : (
        <>
          Secrets are encrypted with a key that lives only in memory (in-memory database): set ENCRYPTION_KEY to keep
          them.
        </>
      )}
    </p>
  );
}
