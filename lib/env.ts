/** Environment variables as read by this project; narrower than NodeJS.ProcessEnv so tests can pass plain objects. */
export type Env = Record<string, string | undefined>;
