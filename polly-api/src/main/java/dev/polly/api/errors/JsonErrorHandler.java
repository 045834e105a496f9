package dev.polly.api.errors;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error pages as JSON: requests rejected before they reach Jersey (an undecodable or
 * ambiguous URI, an oversized header) get the same {@code {"code","message"}} body as every other
 * error, whatever the {@code Accept} header says, and {@code Connection: close} when Jetty closes
 * the connection after them.
 */
public final class JsonErrorHandler extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    for (String name : new String[] {ERROR_STATUS, "jakarta.servlet.error.status_code"}) {
      if (request.getAttribute(name) instanceof Integer code) {
        status = code;
      }
    }
    if (status < 400) {
      status = 500;
    }
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    if (request.getAttribute(ERROR_EXCEPTION) instanceof BadMessageException) {
      // Jetty closes the connection after a request it could not read, but does not always say
      // so (a NUL in the path): a keep-alive client would send its next request into the closed
      // connection.
      response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    }
    response.write(true, ByteBuffer.wrap(body(status)), callback);
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    return ByteBuffer.wrap(body(status));
  }

  static byte[] body(int status) {
    String reason = HttpStatus.getMessage(status);
    String code = status >= 500 ? "server_error" : "http_" + status;
    String safe = reason == null ? "Error" : reason.replace("\"", "'");
    return ("{\"code\":\"" + code + "\",\"message\":\"" + safe + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
