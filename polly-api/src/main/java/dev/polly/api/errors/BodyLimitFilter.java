package dev.polly.api.errors;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Limits request bodies: a declared {@code Content-Length} above the limit is refused at once, and
 * the entity stream of every request is bounded so a chunked body cannot exceed it either (413).
 */
@PreMatching
@Priority(100)
public final class BodyLimitFilter implements ContainerRequestFilter {
  private final long maxBytes;

  public BodyLimitFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String declared = request.getHeaderString("Content-Length");
    if (declared != null) {
      long length;
      try {
        length = Long.parseLong(declared.trim());
      } catch (NumberFormatException e) {
        throw new BadParameterException("bad_request", "Content-Length is not a number");
      }
      if (length > maxBytes) {
        throw tooLarge();
      }
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Bounded(request.getEntityStream(), maxBytes));
    }
  }

  private PayloadTooLargeException tooLarge() {
    return new PayloadTooLargeException("The request body exceeds " + maxBytes + " bytes");
  }

  private final class Bounded extends FilterInputStream {
    private long remaining;

    Bounded(InputStream in, long limit) {
      super(in);
      this.remaining = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(long n) {
      remaining -= n;
      if (remaining < 0) {
        throw tooLarge();
      }
    }
  }
}
