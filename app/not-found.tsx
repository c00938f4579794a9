import Link from "next/link";

export default function NotFound() {
  return (
    <main className="centered">
      <div className="panel empty w-full max-w-sm">
        <h1>Page not found</h1>
        <p className="muted">There is nothing at this address. It may have moved, or the link may be mistyped.</p>
        <Link className="button" href="/">
          Go to the overview
        </Link>
      </div>
    </main>
  );
}
