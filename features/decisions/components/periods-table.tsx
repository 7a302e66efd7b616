import { formatDate } from "@/lib/format";

export function PeriodsTable({ periods }: { periods: { id: string; number: number; startDate: string; endDate: string; originalEndDate: string }[] }) {
  return (
    <table className="stack-table w-full text-left text-sm">
      <caption className="sr-only">Perioder</caption>
      <thead className="bg-af-blue-light">
        <tr>
          <th scope="col" className="p-2">Period</th>
          <th scope="col" className="p-2">Start</th>
          <th scope="col" className="p-2">Slut</th>
          <th scope="col" className="p-2">Ursprungligt slut</th>
        </tr>
      </thead>
      <tbody data-testid="periods">
        {periods.map((p) => (
          <tr key={p.id} className="border-t">
            <td data-label="Period" className="p-2">{p.number}</td>
            <td data-label="Start" className="p-2">{formatDate(p.startDate)}</td>
            <td data-label="Slut" className="p-2">{formatDate(p.endDate)}</td>
            <td data-label="Ursprungligt slut" className="p-2">{formatDate(p.originalEndDate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
