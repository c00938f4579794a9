"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { customerName } from "@/lib/leads/labels";
import { listLeads } from "@/lib/leads/list-leads";
import { parseLeadListParams } from "@/lib/leads/list-params";
import { listViews, type ViewLink } from "@/lib/leads/saved-views";
import { guardedAction } from "../guarded-action";

const formSchema = z.object({ q: z.string().trim().max(200).default("") });

export interface PaletteResults {
  leads: { id: string; name: string; email: string | null; company: string | null }[];
  views: Pick<ViewLink, "name" | "href" | "builtInKey">[];
}

/** The command palette's matches: leads by name, e-mail or company (the list's own search), and the user's views. */
export const searchPaletteAction = guardedAction<typeof formSchema, PaletteResults>(
  "ANY",
  formSchema,
  async (input, user) => {
    const [page, views, domain] = await Promise.all([
      input.q ? listLeads(parseLeadListParams({ q: input.q, size: "25" }), user.id) : null,
      listViews(user.id),
      getTranslations("domain"),
    ]);
    const leads = (page?.rows ?? [])
      .slice(0, 8)
      .map((l) => ({ id: l.id, name: customerName(l, domain("noName")), email: l.email, company: l.company }));
    return {
      ok: true,
      data: { leads, views: views.map(({ name, href, builtInKey }) => ({ name, href, builtInKey })) },
    };
  },
);
