import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewUserForm } from "@/components/users/new-user-form";
import { ReassignLeadsForm } from "@/components/users/reassign-leads-form";
import { ResetPasswordButton } from "@/components/users/reset-password-button";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { updateUserAction } from "@/lib/actions/users/update-user-action";
import { openLeadsOfInactiveUsers } from "@/lib/assignment/reassign-open-leads";
import { requirePageUser } from "@/lib/auth/session";
import { assignableUsers } from "@/lib/leads/assignable-users";
import { listUsers } from "@/lib/users/list-users";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("heading") };
}

export default async function UsersPage() {
  const me = await requirePageUser("ADMIN", "/settings/users");
  const [users, openLeads, active, t, common, domain] = await Promise.all([
    listUsers(),
    openLeadsOfInactiveUsers(),
    assignableUsers(),
    getTranslations("users"),
    getTranslations("common"),
    getTranslations("domain"),
  ]);
  return (
    <>
      <h1>{t("heading")}</h1>
      <Card>
        <CardHeader title={t("addTitle")} />
        <NewUserForm />
      </Card>
      <Card className="p-0">
        <Table aria-label={t("heading")}>
          <TableHeader>
            <TableRow>
              <TableHead className="px-3">{common("email")}</TableHead>
              <TableHead className="px-3 max-sm:hidden">{common("name")}</TableHead>
              <TableHead className="px-3">{t("role")}</TableHead>
              <TableHead className="px-3">{t("status")}</TableHead>
              <TableHead className="px-3 max-sm:hidden">{t("lastSignIn")}</TableHead>
              <TableHead className="px-3">{common("actions")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {users.map((u) => (
              <TableRow key={u.id} data-testid={`user-${u.email}`}>
                <TableCell className="px-3 py-2">{u.email}</TableCell>
                <TableCell className="px-3 py-2 max-sm:hidden">{u.name}</TableCell>
                <TableCell className="px-3 py-2">{domain(`role.${u.role}`)}</TableCell>
                <TableCell className="px-3 py-2">
                  <div className="flex flex-wrap gap-1">
                    <Badge variant={u.active ? "success" : "destructive"}>
                      {u.active ? t("active") : t("deactivated")}
                    </Badge>
                    {u.mustChangePassword && <Badge>{t("mustChangePassword")}</Badge>}
                  </div>
                </TableCell>
                <TableCell className="px-3 py-2 max-sm:hidden">
                  {u.lastLoginAt ? <LocalTime date={u.lastLoginAt} relative /> : t("never")}
                </TableCell>
                <TableCell className="px-3 py-2">
                  <div className="flex flex-wrap items-start gap-1.5">
                    <ActionButton
                      action={updateUserAction}
                      fields={{ change: "role", userId: u.id, role: u.role === "ADMIN" ? "SALES" : "ADMIN" }}
                      label={u.role === "ADMIN" ? t("makeSales") : t("makeAdmin")}
                      variant="secondary"
                      disabled={u.id === me.id}
                      title={u.id === me.id ? t("ownRole") : undefined}
                      toast
                    />
                    <ActionButton
                      action={updateUserAction}
                      fields={{ change: "active", userId: u.id, active: String(!u.active) }}
                      label={u.active ? t("deactivate") : t("reactivate")}
                      variant={u.active ? "danger" : "secondary"}
                      confirmText={u.active ? t("confirmDeactivate", { email: u.email }) : undefined}
                      disabled={u.id === me.id}
                      toast
                    />
                    <ResetPasswordButton userId={u.id} email={u.email} disabled={u.id === me.id} />
                  </div>
                  {openLeads.get(u.id) ? (
                    <ReassignLeadsForm fromUserId={u.id} openLeads={openLeads.get(u.id)!} users={active} />
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
    </>
  );
}
