// A box that scrolls sideways when its table is wider than the screen. It can be focused and
// scrolled with the keyboard, and is named for screen readers (WCAG 2.1.1; axe
// scrollable-region-focusable).
export function ScrollBox({ label, children, className = "" }: { label: string; children: React.ReactNode; className?: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-af-blue ${className}`}>
      {children}
    </div>
  );
}
