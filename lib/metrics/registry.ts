// The one Prometheus registry of this process (prom-client), served by
// GET /api/metrics. Features declare their metrics with the helpers below;
// each is created once per process even though Next loads separate copies of
// a module for instrumentation and for routes. Names start with leaddesk_.
//   export const alertsSent = counter({ name: "leaddesk_alerts_sent_total", help: "…", labelNames: ["channel"] });
import client from "prom-client";

const holder = globalThis as unknown as { __leaddeskMetrics?: client.Registry };

export const registry: client.Registry =
  holder.__leaddeskMetrics ??
  (() => {
    const created = new client.Registry();
    client.collectDefaultMetrics({ register: created, prefix: "leaddesk_" });
    return (holder.__leaddeskMetrics = created);
  })();

function once<T extends client.Metric>(name: string, create: () => T): T {
  return (registry.getSingleMetric(name) as T | undefined) ?? create();
}

type Config<C> = Omit<C, "registers">;

export function counter<L extends string>(config: Config<client.CounterConfiguration<L>>): client.Counter<L> {
  return once(config.name, () => new client.Counter({ ...config, registers: [registry] }));
}

export function histogram<L extends string>(config: Config<client.HistogramConfiguration<L>>): client.Histogram<L> {
  return once(config.name, () => new client.Histogram({ ...config, registers: [registry] }));
}

export function gauge<L extends string>(config: Config<client.GaugeConfiguration<L>>): client.Gauge<L> {
  return once(config.name, () => new client.Gauge({ ...config, registers: [registry] }));
}
