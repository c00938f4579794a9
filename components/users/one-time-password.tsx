/** A password generated for someone, shown once after it is set (new user, admin reset). */
export function OneTimePassword({ email, password, testId }: { email: string; password: string; testId: string }) {
  return (
    <p className="alert ok">
      One-time password for {email} — copy it now, it is not shown again:{" "}
      <code className="secret" data-testid={testId}>
        {password}
      </code>
    </p>
  );
}
