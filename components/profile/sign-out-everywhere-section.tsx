import { ActionButton } from "@/components/ui/action-button";
import { signOutEverywhereAction } from "@/lib/actions/users/sign-out-everywhere-action";

/** Profile: end every session of this user, on every device (this one too). */
export function SignOutEverywhereSection() {
  return (
    <section className="panel" aria-labelledby="sign-out-everywhere">
      <h2 id="sign-out-everywhere">Sessions</h2>
      <p className="muted">
        Signed in on a computer you no longer use, or lost a device? End every session of yours at once.
      </p>
      <ActionButton
        action={signOutEverywhereAction}
        fields={{ confirm: "yes" }}
        label="Sign out everywhere"
        pendingLabel="Signing out…"
        className="danger"
        confirmText="Sign out on every device, this one included?"
      />
    </section>
  );
}
