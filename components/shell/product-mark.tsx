/** The product mark, the same drawing as public/icon.svg (the favicon). */
export function ProductMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 64 64" className={className} aria-hidden focusable="false">
      <rect width="64" height="64" rx="14" fill="#1d4ed8" />
      <path d="M18 14h8v28h20v8H18z" fill="#fff" />
      <circle cx="44" cy="22" r="6" fill="#93c5fd" />
    </svg>
  );
}
