// Realistic marketplace lead bodies for the demo seed and benchmarks: the
// shapes, key casings, funnel mix, repeat customers, test and do-not-contact
// leads a publisher really receives.
import type { Random } from "./random";

const firstNames = [
  "Olivia",
  "Liam",
  "Emma",
  "Noah",
  "Sofía",
  "Mateo",
  "Zoë",
  "Lukas",
  "Åsa",
  "Jörg",
  "Chloé",
  "Raj",
  "Priya",
  "Wei",
  "Yuki",
  "Amara",
  "Kwame",
  "Fatima",
  "Mehmet",
  "Ines",
  "王",
  "Анна",
  "Siobhán",
  "Nguyễn",
];
const lastNames = [
  "Smith",
  "García",
  "Müller",
  "Ångström",
  "Rossi",
  "Dubois",
  "Kowalski",
  "Patel",
  "Chen",
  "Tanaka",
  "Okafor",
  "Haddad",
  "Yılmaz",
  "Silva",
  "O'Brien",
  "小明",
  "Иванова",
  "Van der Berg",
  "Lindqvist",
  "Núñez",
];
const companies = [
  "Contoso",
  "Fabrikam",
  "Northwind Traders",
  "Adventure Works",
  "Tailspin Toys",
  "Wide World Importers",
  "Litware",
  "Proseware",
  "Woodgrove Bank",
  "Trey Research",
  "Alpine Ski House",
  "Coho Winery",
  "Lucerne Publishing",
  "Margie's Travel",
  "Humongous Insurance",
];
const titles = [
  "CTO",
  "IT Manager",
  "Cloud Architect",
  "DevOps Engineer",
  "Head of Security",
  "Procurement Lead",
  "CIO",
  "Data Engineer",
  "Developer",
  "",
];
const countries = ["US", "GB", "DE", "FR", "SE", "IN", "JP", "BR", "AU", "NL", "ES", "CA"];
export const demoOffers = [
  { id: "contoso.cloud-backup", title: "Contoso Cloud Backup" },
  { id: "contoso.secure-gateway-byol", title: "Contoso Secure Gateway (BYOL)" },
  { id: "contoso.analytics-suite", title: "Contoso Analytics Suite" },
  { id: "contoso.3701c77e-1cfa-4c56-91e6-3ed0b622145a", title: "Contoso for Dynamics 365" },
];
// [source, action, weight]: initial interest dominates, as in the real funnel.
const steps: Array<[string, string, number]> = [
  ["AzureMarketplace", "INS", 40],
  ["SPZA", "INS", 15],
  ["SPZA", "PLT", 15],
  ["AzurePortal", "Create", 15],
  ["TestDrive", "StartTestDrive", 10],
  ["SPZA", "DNC", 4],
  ["AzureMarketplace", "Wishlist", 1],
];
const totalWeight = steps.reduce((sum, [, , w]) => sum + w, 0);

function pickStep(random: Random): [string, string] {
  let roll = random.next() * totalWeight;
  for (const [source, action, weight] of steps) {
    roll -= weight;
    if (roll < 0) return [source, action];
  }
  return [steps[0]![0], steps[0]![1]];
}

export interface DemoCustomer {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  country: string;
  company: string;
  title: string;
}

export function demoCustomer(random: Random, serial: number): DemoCustomer {
  const firstName = random.pick(firstNames);
  const lastName = random.pick(lastNames);
  const company = random.pick(companies);
  const local =
    `${firstName}.${lastName}`
      .normalize("NFKD")
      .replace(/[^A-Za-z.]/g, "")
      .toLowerCase() || "customer";
  return {
    firstName,
    lastName,
    email: `${local}.${serial}@${company.toLowerCase().replace(/[^a-z]/g, "")}.example`,
    phone: `+1 425 555 ${String(1000 + random.int(9000))}`,
    country: random.pick(countries),
    company,
    title: random.pick(titles),
  };
}

/** One marketplace HTTPS-endpoint body, in one of the key casings seen in the wild. */
export function demoLeadBody(
  random: Random,
  customer: DemoCustomer,
  options: { test?: boolean } = {},
): Record<string, unknown> {
  if (options.test) {
    const t = `MSFT_TEST_${636573304831318844n + BigInt(random.int(1_000_000))}`;
    return {
      userDetails: {
        firstName: t,
        lastName: t,
        email: `${t}@test.com`,
        phone: "1234567890",
        country: "US",
        company: t,
        title: t,
      },
      leadSource: t,
      actionCode: t,
      offerTitle: t,
      description: t,
    };
  }
  const [source, action] = pickStep(random);
  const offer = random.pick(demoOffers);
  const description = random.chance(0.3)
    ? JSON.stringify({ mktcmpid: `cmp-${random.int(50)}`, partnerid: String(random.int(9999)) })
    : "Campaigns: ";
  const details = {
    FirstName: customer.firstName,
    LastName: customer.lastName,
    Email: customer.email,
    Phone: customer.phone,
    Country: customer.country,
    Company: customer.company,
    Title: customer.title,
  };
  if (random.chance(0.2)) {
    // camelCase, as bridges send it
    return {
      userDetails: Object.fromEntries(Object.entries(details).map(([k, v]) => [k[0]!.toLowerCase() + k.slice(1), v])),
      leadSource: `${source}-${action}|${offer.id}`,
      actionCode: action,
      offerTitle: offer.title,
      description,
    };
  }
  return {
    UserDetails: details,
    LeadSource: `${source}-${action}|${offer.id}`,
    ActionCode: action,
    OfferTitle: offer.title,
    Description: description,
  };
}
