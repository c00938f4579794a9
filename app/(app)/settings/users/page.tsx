import type { Metadata } from "next";
import { NewUserForm } from "@/components/users/new-user-form";
import { ReassignLeadsForm } from "@/components/users/reassign-leads-form";
import { openLeadsOfInactiveUsers } from "@/lib/assignment/reassign-open-leads";
import { assignableUsers } from "@/lib/leads/assignable-users";
import { ResetPasswordButton } from "@/components/users/reset-password-button";
import { ActionButton } from "@/components/ui/action-button";
import { updateUserAction } from "@/lib/actions/users/update-user-action";
import { requirePageUser } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/list-users";
import { LocalTime } from "@/components/ui/local-time";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requirePageUser("ADMIN", "/settings/users");
  const [users, openLeads, active] = await Promise.all([listUsers(), openLeadsOfInactiveUsers(), assignableUsers()]);
  return (
    <>
      <h1>Users</h1>
      <section className="panel">
        <h2>Add a user</h2>
        <NewUserForm />
      </section>
      <section className="panel table-wrap">
        <table>
          <thead>
            <tr>
              <th>E-mail</th>
              <th className="max-sm:hidden">Name</th>
              <th>Role</th>
              <th>Status</th>
              <th className="max-sm:hidden">Last sign-in</th>
              <th>Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} data-testid={`user-${u.email}`}>
                <td>{u.email}</td>
                <td className="max-sm:hidden">{u.name}</td>
                <td>{u.role === "ADMIN" ? "Admin" : "Sales"}</td>
                <td>
                  <span className={u.active ? "badge ok" : "badge danger"}>{u.active ? "Active" : "Deactivated"}</span>
                  {u.mustChangePassword && <span className="badge">Must change password</span>}
                </td>
                <td className="max-sm:hidden">
                  {u.lastLoginAt ? <LocalTime date={u.lastLoginAt} relative /> : "Never"}
                </td>
                <td>
                  <div className="inline" style={{ flexWrap: "wrap" }}>
                    <ActionButton
                      action={updateUserAction}
                      fields={{ change: "role", userId: u.id, role: u.role === "ADMIN" ? "SALES" : "ADMIN" }}
                      label={u.role === "ADMIN" ? "Make sales" : "Make admin"}
                      className="secondary"
                      disabled={u.id === me.id}
                      title={u.id === me.id ? "You cannot change your own role" : undefined}
                    />
                    <ActionButton
                      action={updateUserAction}
                      fields={{ change: "active", userId: u.id, active: String(!u.active) }}
                      label={u.active ? "Deactivate" : "Reactivate"}
                      className={u.active ? "danger" : "secondary"}
                      disabled={u.id === me.id}
                    />
                    <ResetPasswordButton userId={u.id} email={u.email} disabled={u.id === me.id} />
                  </div>
                  {openLeads.get(u.id) ? (
                    <ReassignLeadsForm fromUserId={u.id} openLeads={openLeads.get(u.id)!} users={active} />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
