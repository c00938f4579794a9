import { OperatorError } from "@/lib/operator-error";

/** A backup or restore that was refused or failed for a reason the user can act on. */
export class BackupError extends OperatorError {
  override name = "BackupError";
}
