import { ArrowLeft } from "lucide-react";
import Link from "next/link";

/** The way back up from a destination page: to the list, or from editing to the destination. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p className="mb-2">
      <Link href={href} className="inline-flex items-center gap-1 text-sm">
        <ArrowLeft aria-hidden className="size-4" />
        {children}
      </Link>
    </p>
  );
}
