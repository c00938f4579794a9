// Text search is case- and accent-insensitive without database extensions:
// leads store a folded copy of their searchable fields, and queries fold the
// search term the same way before matching it.
import type { CustomerInfo } from "./lead";

export function foldText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

export function leadSearchText(
  customer: Pick<CustomerInfo, "firstName" | "lastName" | "email" | "company" | "title">,
): string {
  return foldText(
    [customer.firstName, customer.lastName, customer.email, customer.company, customer.title].filter(Boolean).join(" "),
  );
}
