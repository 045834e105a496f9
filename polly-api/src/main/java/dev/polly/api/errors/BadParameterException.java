package dev.polly.api.errors;

/** A path or query parameter is malformed (400). */
public class BadParameterException extends ApiException {
  public BadParameterException(String message) {
    super("bad_parameter", message);
  }

  public BadParameterException(String code, String message) {
    super(code, message);
  }
}
