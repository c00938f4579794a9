"use client";

// Bulk status / owner changes: on the selected rows, or on everything the
// filter matches — then the exact count is fetched and confirmed first. It
// floats over the list only while rows are selected (or the user asked to
// change everything matching); the result is a toast.
import { useActionState, useState, useTransition } from "react";
import { XIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/select";
import { Input } from "@/components/ui/input";
import { Alert } from "@/components/ui/alert";
import { FormError } from "@/components/ui/form-feedback";
import { bulkTriageAction } from "@/lib/actions/leads/bulk-triage-action";
import { countMatchingAction } from "@/lib/actions/leads/count-matching-action";
import { leadStatuses } from "@/lib/leads/statuses";
import { OwnerSelect } from "@/components/users/owner-select";

export interface UserOption {
  id: string;
  label: string;
}

interface Props {
  selectedIds: string[];
  query: string;
  users: UserOption[];
  /** After a change: the selection is cleared. */
  onDone: () => void;
  /** The bar without a selection (everything matching), until closed. */
  onClose: () => void;
}

const radio = "flex cursor-pointer items-center gap-1.5 text-sm whitespace-nowrap";

export function BulkBar({ selectedIds, query, users, onDone, onClose }: Props) {
  const t = useTranslations("leads.bulk");
  const common = useTranslations("common");
  const domain = useTranslations("domain");
  const [chosenScope, setScope] = useState<"ids" | "filter">("ids");
  const scope = selectedIds.length ? chosenScope : "filter";
  const [change, setChange] = useState<"status" | "owner">("status");
  const [status, setStatus] = useState("CONTACTED");
  const [confirmed, setConfirmed] = useState<{ count: number; query: string } | null>(null);
  // A count confirmed for another filter means nothing now.
  const confirmCount = confirmed && confirmed.query === query && scope === "filter" ? confirmed.count : null;
  const [counting, startCounting] = useTransition();
  const [countError, setCountError] = useState<string>();
  const [state, action, pending] = useActionState(
    async (previous: Awaited<ReturnType<typeof bulkTriageAction>> | null, form: FormData) => {
      const result = await bulkTriageAction(previous, form);
      if (result.ok) {
        if (result.message) toast.success(result.message);
        setConfirmed(null);
        onDone();
      }
      return result;
    },
    null,
  );

  const askCount = () =>
    startCounting(async () => {
      const form = new FormData();
      form.set("query", query);
      const result = await countMatchingAction(null, form);
      if (result.ok && result.data) setConfirmed({ count: result.data.count, query });
      else setCountError(result.message);
    });

  const needsCount = scope === "filter" && confirmCount === null;
  return (
    <form
      action={action}
      aria-label={t("label")}
      className="fixed inset-x-2 bottom-3 z-40 mx-auto flex max-w-fit flex-wrap items-center gap-2 rounded-lg border
        bg-popover px-3 py-2
        text-popover-foreground shadow-lg"
    >
      <input type="hidden" name="scope" value={scope} />
      <input type="hidden" name="ids" value={selectedIds.join(",")} />
      <input type="hidden" name="query" value={query} />
      <input type="hidden" name="expected" value={confirmCount ?? ""} />
      <strong className="text-sm">{t("label")}</strong>
      <label className={radio}>
        <input
          type="radio"
          className="accent-primary"
          checked={scope === "ids"}
          disabled={!selectedIds.length}
          onChange={() => setScope("ids")}
        />
        {t("selected", { count: selectedIds.length })}
      </label>
      <label className={radio}>
        <input
          type="radio"
          className="accent-primary"
          checked={scope === "filter"}
          onChange={() => setScope("filter")}
        />
        {t("matching")}
      </label>
      <NativeSelect
        name="change"
        aria-label={t("what")}
        className="h-8"
        value={change}
        onChange={(e) => setChange(e.target.value as "status" | "owner")}
      >
        <option value="status">{t("setStatus")}</option>
        <option value="owner">{t("assignOwner")}</option>
      </NativeSelect>
      {change === "status" ? (
        <>
          <NativeSelect
            name="status"
            aria-label={t("newStatus")}
            className="h-8"
            value={status}
            onChange={(e) => setStatus(e.target.value)}
          >
            {leadStatuses.map((s) => (
              <option key={s} value={s}>
                {domain(`status.${s}`)}
              </option>
            ))}
          </NativeSelect>
          {status === "DISQUALIFIED" && (
            <Input
              name="reason"
              aria-label={t("reason")}
              placeholder={t("reasonRequired")}
              required
              className="h-8 w-44"
            />
          )}
        </>
      ) : (
        <OwnerSelect users={users} name="ownerId" aria-label={t("newOwner")} />
      )}
      {needsCount ? (
        <Button type="button" size="sm" onClick={askCount} disabled={counting}>
          {counting ? t("counting") : t("apply")}
        </Button>
      ) : scope === "filter" ? (
        <>
          <span role="status" className="text-sm">
            {t.rich("willChange", {
              count: confirmCount!,
              strong: (chunks) => <strong data-testid="bulk-count">{chunks}</strong>,
            })}
          </span>
          <Button type="submit" size="sm" disabled={pending}>
            {common("confirm")}
          </Button>
          <Button type="button" size="sm" variant="outline" onClick={() => setConfirmed(null)}>
            {common("cancel")}
          </Button>
        </>
      ) : (
        <Button type="submit" size="sm" disabled={pending || !selectedIds.length}>
          {t("applySelected", { count: selectedIds.length })}
        </Button>
      )}
      <Button
        type="button"
        size="icon-sm"
        variant="ghost"
        aria-label={t("close")}
        onClick={selectedIds.length ? onDone : onClose}
      >
        <XIcon />
      </Button>
      {countError && (
        <Alert variant="error" role="alert" className="basis-full">
          {countError}
        </Alert>
      )}
      <FormError state={state} />
    </form>
  );
}
