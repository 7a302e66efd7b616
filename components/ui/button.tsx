import type { ComponentProps } from "react";

type Variant = "primary" | "secondary" | "danger";

const styles: Record<Variant, string> = {
  primary: "bg-af-blue text-white hover:bg-af-accent",
  secondary: "border border-af-blue bg-white text-af-blue hover:bg-af-blue-light",
  danger: "bg-red-800 text-white hover:bg-red-900",
};

export function Button({ variant = "primary", className = "", ...rest }: ComponentProps<"button"> & { variant?: Variant }) {
  return (
    <button
      {...rest}
      className={`inline-flex min-h-11 items-center justify-center rounded px-4 py-2 font-medium disabled:opacity-60 ${styles[variant]} ${className}`}
    />
  );
}
