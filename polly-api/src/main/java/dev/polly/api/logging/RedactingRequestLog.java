package dev.polly.api.logging;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.component.ContainerLifeCycle;

/**
 * A {@link RequestLog} (the access log) that hands its delegate each request with the values of the
 * OAuth query parameters {@code code} and {@code state} replaced by {@value #REDACTED}, in the
 * request URI and in a {@code Referer} header. Every other part of the request is logged as is. The
 * delegate's lifecycle is this one's.
 */
public final class RedactingRequestLog extends ContainerLifeCycle implements RequestLog {
  /** What a secret value is logged as. */
  public static final String REDACTED = "redacted";

  private static final Set<String> SECRET_PARAMETERS = Set.of("code", "state");

  private final RequestLog delegate;

  public RedactingRequestLog(RequestLog delegate) {
    this.delegate = delegate;
    addBean(delegate, true);
  }

  @Override
  public void log(Request request, Response response) {
    delegate.log(new Redacted(request), response);
  }

  /**
   * {@code query} with the value of every {@code code} and {@code state} parameter (names compared
   * after URL decoding, ignoring case) replaced; null stays null.
   */
  static String redactQuery(String query) {
    if (query == null || query.isEmpty()) {
      return query;
    }
    StringJoiner out = new StringJoiner("&");
    for (String pair : query.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      out.add(eq >= 0 && isSecret(name) ? name + "=" + REDACTED : pair);
    }
    return out.toString();
  }

  private static boolean isSecret(String rawName) {
    try {
      String name = URLDecoder.decode(rawName, StandardCharsets.UTF_8);
      return SECRET_PARAMETERS.contains(name.trim().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return true; // an undecodable name may hide a secret one
    }
  }

  /** The request as the access log sees it. */
  private static final class Redacted extends Request.Wrapper {
    Redacted(Request request) {
      super(request);
    }

    @Override
    public HttpURI getHttpURI() {
      HttpURI uri = super.getHttpURI();
      String query = uri.getQuery();
      String redacted = redactQuery(query);
      return redacted == null || redacted.equals(query)
          ? uri
          : HttpURI.build(uri).query(redacted).asImmutable();
    }

    @Override
    public HttpFields getHeaders() {
      HttpFields headers = super.getHeaders();
      HttpField referer = headers.getField(HttpHeader.REFERER);
      if (referer == null || referer.getValue() == null) {
        return headers;
      }
      String value = referer.getValue();
      int q = value.indexOf('?');
      if (q < 0) {
        return headers;
      }
      String redacted = value.substring(0, q + 1) + redactQuery(value.substring(q + 1));
      return redacted.equals(value)
          ? headers
          : HttpFields.build(headers).put(HttpHeader.REFERER, redacted).asImmutable();
    }
  }
}
