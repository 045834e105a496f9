package dev.polly.api.errors;

/**
 * A value that lives only in Redis (a form draft) could not be stored because Redis is away (503).
 */
public class StoreUnavailableException extends ApiException {
  public StoreUnavailableException(String message) {
    super("store_unavailable", message);
  }
}
