// The values a destination can filter on, as ingestion normalises them.
import { stageLabels } from "@/lib/leads/labels";
import { funnelStages } from "@/lib/leads/lead";

export const filterSources = [
  { value: "AzureMarketplace", label: "Azure Marketplace" },
  { value: "AzurePortal", label: "Azure portal" },
  { value: "AppSource", label: "AppSource" },
  { value: "TestDrive", label: "Test Drive" },
] as const;

export const filterActions = [
  { value: "INS", label: "INS — Get it now" },
  { value: "PLT", label: "PLT — Contact me / trial" },
  { value: "Create", label: "Create — Azure portal purchase" },
  { value: "StartTestDrive", label: "StartTestDrive — test drive" },
  { value: "DNC", label: "DNC — do not contact" },
] as const;

export const filterStages = funnelStages.map((value) => ({ value, label: stageLabels[value] }));
