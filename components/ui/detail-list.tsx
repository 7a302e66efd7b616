// A box of facts (term and value) that reads on a phone as well as on a laptop (issue #14): at
// 390 px each term stands above its value, small and bold, and the pairs are separated by a
// rule, so the eye finds the next term; from 640 px the terms form a column beside the values.
// Each pair is a <div> in the <dl> (allowed by HTML, and kept out of the grid with `contents`).

export function DetailList({ children, className = "", testId }: { children: React.ReactNode; className?: string; testId?: string }) {
  return (
    <dl data-testid={testId} className={`divide-y divide-gray-200 sm:grid sm:grid-cols-[max-content_1fr] sm:gap-x-6 sm:gap-y-1 sm:divide-y-0 ${className}`}>
      {children}
    </dl>
  );
}

export function Detail({ term, children, ddTestId }: { term: React.ReactNode; children: React.ReactNode; ddTestId?: string }) {
  return (
    <div className="py-2 first:pt-0 last:pb-0 sm:contents">
      <dt className="text-sm font-semibold text-gray-700 sm:text-[length:inherit] sm:font-medium sm:text-gray-900">{term}</dt>
      <dd className="mt-0.5 break-words sm:mt-0" data-testid={ddTestId}>{children}</dd>
    </div>
  );
}
