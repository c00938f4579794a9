import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import type { DestinationHealth } from "@/lib/destinations/list-destinations";

/** "97 % of 34 in 24 h": real (non-test) attempts over the last day. */
export function SuccessRate({ health }: { health: DestinationHealth }) {
  const t = useTranslations("destinations.health");
  if (health.successRate24h === null) return t("noAttempts");
  return t("successRate", { rate: health.successRate24h, count: health.attempts24h });
}

/** Last success and last error of a destination's real deliveries. */
export function HealthSummary({ health }: { health: DestinationHealth }) {
  const t = useTranslations("destinations.health");
  return (
    <div className="flex flex-col items-start gap-1">
      {health.lastSuccessAt ? (
        <Badge variant="success">
          {t("lastSuccess")} <LocalTime date={health.lastSuccessAt} />
        </Badge>
      ) : (
        <span className="text-muted-foreground">{t("noDelivery")}</span>
      )}
      {health.lastError && (
        <div>
          <Badge variant="destructive">
            {t("lastError")} <LocalTime date={health.lastError.at} />
          </Badge>{" "}
          {/* The CRM's answer in the adapter's words, as stored with the attempt. */}
          <span className="text-xs text-muted-foreground">
            {health.lastError.verdict.length > 160
              ? `${health.lastError.verdict.slice(0, 160)}…`
              : health.lastError.verdict}
          </span>
        </div>
      )}
    </div>
  );
}
