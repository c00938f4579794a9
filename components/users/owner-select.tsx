"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import type { UserOption } from "@/components/leads/bulk-bar";
import { NativeSelect } from "@/components/ui/select";

type Props = Omit<ComponentProps<"select">, "children"> & { users: UserOption[]; name: string };

/** An owner picker: "Unassigned" first, then the active users. */
export function OwnerSelect({ users, ...props }: Props) {
  const domain = useTranslations("domain");
  return (
    <NativeSelect defaultValue="" className="h-8" {...props}>
      <option value="">{domain("unassigned")}</option>
      {users.map((u) => (
        <option key={u.id} value={u.id}>
          {u.label}
        </option>
      ))}
    </NativeSelect>
  );
}
