package dev.polly.common.dev;

/**
 * A development server was asked for but cannot run here (its binaries are not in this jar); the
 * message tells the operator which variable to set instead. Reported as one line, like a
 * configuration error.
 */
public final class EmbeddedServerUnavailableException extends IllegalStateException {
  public EmbeddedServerUnavailableException(String message) {
    super(message);
  }
}
