package dev.polly.api.errors;

/** A state-changing request came from an origin that is not a configured dashboard (403). */
public class OriginForbiddenException extends ApiException {
  public OriginForbiddenException(String message) {
    super("origin_forbidden", message);
  }

  public OriginForbiddenException(String code, String message) {
    super(code, message);
  }
}
