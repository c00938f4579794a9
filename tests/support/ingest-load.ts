// Realistic webhook load: a different marketplace body per request (about one
// in ten a repeat customer's next funnel step, 1% test leads), fired by
// autocannon. Shared by the benchmark's ingestion part and the load-hold test.
import autocannon from "autocannon";
import { demoCustomer, demoLeadBody, type DemoCustomer } from "@/lib/demo/demo-leads";
import { seededRandom } from "@/lib/demo/random";

export function bodySource(seed = Date.now()) {
  const random = seededRandom(seed);
  const recent: DemoCustomer[] = [];
  let serial = seed % 1_000_000_000;
  return () => {
    const customer = recent.length > 100 && random.chance(0.1) ? random.pick(recent) : demoCustomer(random, ++serial);
    if (recent.length < 5000) recent.push(customer);
    else recent[random.int(recent.length)] = customer;
    return JSON.stringify(demoLeadBody(random, customer, { test: random.chance(0.01) }));
  };
}

export async function fire(url: string, connections: number, duration: number, nextBody: () => string) {
  return autocannon({
    url,
    connections,
    duration,
    timeout: 30,
    method: "POST",
    headers: { "content-type": "application/json" },
    requests: [{ setupRequest: (req) => ({ ...req, body: nextBody() }) }],
  });
}
