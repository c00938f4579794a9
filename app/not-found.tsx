import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export default async function NotFound() {
  const t = await getTranslations("errorPages");
  return (
    <main className="grid min-h-screen place-items-center p-4">
      <Card className="mb-0 w-full max-w-sm px-4 py-12 text-center">
        <h1>{t("notFoundTitle")}</h1>
        <p className="text-muted-foreground">{t("notFoundBody")}</p>
        <Button asChild>
          <Link href="/">{t("toOverview")}</Link>
        </Button>
      </Card>
    </main>
  );
}
