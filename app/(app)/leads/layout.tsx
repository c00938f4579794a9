/** The list (children) and, over it, a lead opened from the list in a side sheet (@preview). */
export default function LeadsLayout({ children, preview }: { children: React.ReactNode; preview: React.ReactNode }) {
  return (
    <>
      {children}
      {preview}
    </>
  );
}
