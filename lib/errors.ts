/** An error whose message is written for the person using the app and safe to show them. */
export class UserFacingError extends Error {
  override name = "UserFacingError";
}
