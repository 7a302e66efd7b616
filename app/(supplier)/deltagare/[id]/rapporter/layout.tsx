// The reporting permission is checked before this section's loading state streams (issue #14).
export { ReportingLayout as default } from "@/features/participants/components/reporting-layout";
