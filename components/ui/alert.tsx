import type { ReactNode } from "react";

const tones = {
  error: "border-red-800 bg-red-50 text-red-900",
  success: "border-green-800 bg-green-50 text-green-900",
  info: "border-af-blue bg-af-blue-light text-af-blue",
  warning: "border-amber-700 bg-amber-50 text-amber-900",
};

export function Alert({ tone, children, title }: { tone: keyof typeof tones; children: ReactNode; title?: string }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`mb-4 rounded border-l-4 p-4 ${tones[tone]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      <div>{children}</div>
    </div>
  );
}
