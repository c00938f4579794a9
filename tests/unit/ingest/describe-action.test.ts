import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { actionMessage, describeAction } from "@/lib/ingest/describe-action";
import es from "@/messages/es-ES.json";
import pt from "@/messages/pt-PT.json";

describe("describeAction", () => {
  it("describes PLT on AppSource", () => {
    expect(describeAction("AppSource", "PLT")).toBe("Contact me on AppSource — the customer asked to be contacted");
    expect(describeAction("SPZA", "plt")).toBe("Contact me on AppSource — the customer asked to be contacted");
    expect(describeAction(null, "PLT")).toBe("Contact me on AppSource — the customer asked to be contacted");
  });

  it("describes INS", () => {
    expect(describeAction("AzureMarketplace", "INS")).toBe(
      "Got it now — the customer acquired the offer (initial interest)",
    );
    expect(describeAction("AppSource", "ins")).toBe("Got it now — the customer acquired the offer (initial interest)");
  });

  it("describes Create in the Azure portal, and elsewhere", () => {
    expect(describeAction("AzurePortal", "Create")).toBe(
      "Purchased in the Azure portal — deploying into their subscription",
    );
    expect(describeAction(null, "create")).toBe("Purchased in the Azure portal — deploying into their subscription");
    expect(describeAction("AzureMarketplace", "Create")).toBe(
      "Purchased on Azure Marketplace — deploying into their subscription",
    );
  });

  it("describes StartTestDrive and DNC", () => {
    expect(describeAction("TestDrive", "StartTestDrive")).toBe("Started a test drive");
    expect(describeAction("AppSource", "DNC")).toBe("Do not contact — cross-listed partner lead, for information only");
  });

  it("names unknown codes as received", () => {
    expect(describeAction("AzureMarketplace", "Subscribe")).toBe("Unknown action code Subscribe (kept as received)");
    expect(describeAction(null, "<b>x</b>")).toBe("Unknown action code <b>x</b> (kept as received)");
  });

  it("says when no action code came", () => {
    expect(describeAction("AzureMarketplace", null)).toBe("No action code received");
  });
});

describe("actionMessage in the viewer's language", () => {
  const say = (locale: "pt-PT" | "es-ES", source: string | null, action: string | null) => {
    const t = createTranslator({ locale, messages: locale === "pt-PT" ? pt : es, namespace: "domain" });
    const { key, values } = actionMessage(source, action);
    return t(key, values);
  };

  it("words each action in European Portuguese, the source in the sentence's grammar", () => {
    expect(say("pt-PT", "AzurePortal", "PLT")).toBe(
      "Contacte-me no portal do Azure — o cliente pediu para ser contactado",
    );
    expect(say("pt-PT", null, "Create")).toMatch(/^Comprado no portal do Azure — /);
    expect(say("pt-PT", "Contoso", "Create")).toMatch(/^Comprado em Contoso — /);
    expect(say("pt-PT", "AppSource", "Subscribe")).toBe(
      "Código de ação desconhecido Subscribe (mantido tal como foi recebido)",
    );
  });

  it("words each action in peninsular Spanish", () => {
    expect(say("es-ES", "AppSource", "INS")).toBe("Obtener ahora: el cliente ha adquirido la oferta (interés inicial)");
    expect(say("es-ES", "AzureMarketplace", "create")).toMatch(/^Comprado en Azure Marketplace: /);
    expect(say("es-ES", "AzureMarketplace", null)).toBe("No se ha recibido ningún código de acción");
  });
});
