"use server";

import { z } from "zod";
import { customerName } from "@/lib/leads/labels";
import { listLeads } from "@/lib/leads/list-leads";
import { parseLeadListParams } from "@/lib/leads/list-params";
import { listViews } from "@/lib/leads/saved-views";
import { guardedAction } from "../guarded-action";

const formSchema = z.object({ q: z.string().trim().max(200).default("") });

export interface PaletteResults {
  leads: { id: string; name: string; email: string | null; company: string | null }[];
  views: { name: string; href: string }[];
}

/** The command palette's matches: leads by name, e-mail or company (the list's own search), and the user's views. */
export const searchPaletteAction = guardedAction<typeof formSchema, PaletteResults>(
  "ANY",
  formSchema,
  async (input, user) => {
    const [page, views] = await Promise.all([
      input.q ? listLeads(parseLeadListParams({ q: input.q, size: "25" }), user.id) : null,
      listViews(user.id),
    ]);
    const leads = (page?.rows ?? [])
      .slice(0, 8)
      .map((l) => ({ id: l.id, name: customerName(l), email: l.email, company: l.company }));
    return { ok: true, data: { leads, views: views.map((v) => ({ name: v.name, href: v.href })) } };
  },
);
