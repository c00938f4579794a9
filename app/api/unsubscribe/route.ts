// One-click unsubscribe from alert e-mails, without signing in (lib/alerts/unsubscribe-request.ts).
import { answerUnsubscribe } from "@/lib/alerts/unsubscribe-request";

export const dynamic = "force-dynamic";

export const POST = answerUnsubscribe;
