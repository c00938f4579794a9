import { describe, expect, it } from "vitest";
import { checkMail, mailConfig } from "@/lib/config/mail";

const from = "Lead desk <leads@example.com>";

describe("checkMail", () => {
  it("accepts no e-mail at all, and a usable SMTP_URL with MAIL_FROM", () => {
    expect(checkMail({})).toEqual([]);
    expect(checkMail({ SMTP_URL: "smtp://user:p%40ss@mail.example.com:587", MAIL_FROM: from })).toEqual([]);
    expect(checkMail({ SMTP_URL: "smtps://mail.example.com", MAIL_FROM: "leads@example.com" })).toEqual([]);
    expect(mailConfig({ SMTP_URL: "smtps://mail.example.com:465", MAIL_FROM: from })).toMatchObject({
      secure: true,
      from,
    });
    expect(mailConfig({})).toBeNull();
  });

  it("says what is wrong and how to fix it, one line each, without repeating the password", () => {
    const cases: [Record<string, string>, RegExp[]][] = [
      [{ SMTP_URL: "mail.example.com:25 secret", MAIL_FROM: from }, [/^SMTP_URL is not a URL: write it as smtp:\/\//]],
      [
        { SMTP_URL: "https://user:hunter2@mail.example.com", MAIL_FROM: from },
        [/must start with smtp:\/\/ .* not https:\/\//],
      ],
      [{ SMTP_URL: "smtp://user@mail.example.com:587", MAIL_FROM: from }, [/names a user but no password/]],
      [{ SMTP_URL: "smtp://u:hunter2@mail.example.com/x", MAIL_FROM: from }, [/must not have a path/]],
      [{ SMTP_URL: "smtp://u:hunter2@mail.example.com" }, [/^MAIL_FROM is not set: set the sender address/]],
      [
        { SMTP_URL: "smtp://u:hunter2@mail.example.com", MAIL_FROM: "a@example.com, b@example.com" },
        [/^MAIL_FROM is not one e-mail address/],
      ],
      [{ MAIL_FROM: from }, [/^MAIL_FROM is set but SMTP_URL is not/]],
      [{ SMTP_URL: "ftp://user@mail.example.com/path" }, [/not ftp:/, /MAIL_FROM is not set/]],
    ];
    for (const [env, expected] of cases) {
      const problems = checkMail(env);
      expect(problems).toHaveLength(expected.length);
      expected.forEach((pattern, i) => expect(problems[i]).toMatch(pattern));
      for (const line of problems) expect(line).not.toContain("hunter2");
      expect(mailConfig(env)).toBeNull();
    }
  });
});
