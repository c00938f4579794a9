"use client";

import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/form-feedback";
import { NativeSelect } from "@/components/ui/select";
import { setTimeZoneAction } from "@/lib/actions/profile/set-time-zone-action";

/** Profile: the zone every date is shown in (the browser's, stored on the first visit). */
export function TimeZoneSection({ timeZone, zones }: { timeZone: string | null; zones: string[] }) {
  const [state, action, pending] = useActionState(setTimeZoneAction, null);
  useEffect(() => {
    if (state?.ok && state.message) toast.success(state.message);
    else if (state && !state.ok && state.message) toast.error(state.message);
  }, [state]);
  return (
    <section className="panel" aria-labelledby="time-zone">
      <h2 id="time-zone" className="mt-0">
        Time zone
      </h2>
      <p className="muted">Dates and times on every page are shown in this zone.</p>
      <form action={action} className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm font-medium" data-slot="label">
          Time zone
          <NativeSelect
            name="timeZone"
            defaultValue={timeZone ?? "UTC"}
            aria-invalid={Boolean(state?.fieldErrors?.timeZone)}
          >
            {zones.map((z) => (
              <option key={z} value={z}>
                {z.replaceAll("_", " ")}
              </option>
            ))}
          </NativeSelect>
        </label>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save time zone"}
        </Button>
        <FieldError state={state} name="timeZone" />
      </form>
    </section>
  );
}
