/**
 * The error code next-auth hands the sign-in form for a refused (throttled)
 * attempt. Its own file: the form is client code.
 */
export const loginThrottledError = "TooManyAttempts";
