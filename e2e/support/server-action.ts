// Calls a server action over HTTP exactly as the browser does after a form
// submit: POST to a page that holds it with the `Next-Action` header, the
// arguments (previous state, FormData) encoded as React's encodeReply does
// (the form's fields as "_1_<name>", then field "0" the argument list), and the
// answer decoded from the RSC stream.
export interface ActionAnswer {
  status: number;
  /** Where a plain HTTP redirect sends the browser (the proxy's, to sign-in). */
  location: string | null;
  /** Where the action's own redirect() sends the browser (Next's x-action-redirect header). */
  actionRedirect: string | null;
  /** The ActionState the action returned, when it returned one. */
  state: { ok: boolean; message?: string; fieldErrors?: Record<string, string[]>; data?: unknown } | null;
  body: string;
}

export async function callAction(
  base: string,
  page: string,
  actionId: string,
  fields: Record<string, string>,
  cookie: string,
): Promise<ActionAnswer> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
  // Last, as encodeReply writes it: the server reads the parts in order and resolves "$K1" from those before it.
  body.set("0", JSON.stringify([null, "$K1"]));
  const response = await fetch(new URL(page, base), {
    method: "POST",
    redirect: "manual",
    headers: {
      "Next-Action": actionId,
      Accept: "text/x-component",
      Origin: new URL(base).origin,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    location: response.headers.get("location"),
    actionRedirect: response.headers.get("x-action-redirect")?.split(";")[0] ?? null,
    state: actionResult(text),
    body: text,
  };
}

/** The action's return value from an RSC answer: row 0 is `{"a":"$@<row>",…}`, the row it names holds the value. */
function actionResult(text: string): ActionAnswer["state"] {
  const rows = new Map<string, unknown>();
  for (const line of text.split("\n")) {
    const m = /^([0-9a-f]+):(\{.*\})$/.exec(line);
    if (!m) continue;
    try {
      rows.set(m[1]!, JSON.parse(m[2]!));
    } catch {
      // Not a JSON row (text chunks, hints): nothing an ActionState is made of.
    }
  }
  const head = rows.get("0") as { a?: unknown } | undefined;
  const ref = typeof head?.a === "string" && head.a.startsWith("$@") ? head.a.slice(2) : null;
  const value = ref ? rows.get(ref) : head?.a;
  return value && typeof value === "object" && "ok" in value ? (value as ActionAnswer["state"]) : null;
}
