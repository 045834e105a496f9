package dev.polly.api.errors;

/**
 * The user's authority over a guild was due to be confirmed with Discord, and Discord could not be
 * asked (503): the request is refused rather than allowed on an out-of-date answer.
 */
public class PermissionUnverifiedException extends ApiException {
  public PermissionUnverifiedException(String message) {
    super("permission_unverified", message);
  }
}
