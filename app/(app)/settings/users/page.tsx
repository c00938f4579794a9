import type { Metadata } from "next";
import { NewUserForm } from "@/components/users/new-user-form";
import { UserRowActions } from "@/components/users/user-row-actions";
import { requirePageUser } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/list-users";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requirePageUser("ADMIN", "/settings/users");
  const users = await listUsers();
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
              <th className="hide-narrow">Name</th>
              <th>Role</th>
              <th>Status</th>
              <th className="hide-narrow">Last sign-in</th>
              <th>Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} data-testid={`user-${u.email}`}>
                <td>{u.email}</td>
                <td className="hide-narrow">{u.name}</td>
                <td>{u.role === "ADMIN" ? "Admin" : "Sales"}</td>
                <td>
                  <span className={u.active ? "badge ok" : "badge danger"}>{u.active ? "Active" : "Deactivated"}</span>
                </td>
                <td className="hide-narrow">{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : "Never"}</td>
                <td>
                  <UserRowActions user={u} isSelf={u.id === me.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
