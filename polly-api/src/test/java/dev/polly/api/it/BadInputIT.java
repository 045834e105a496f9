package dev.polly.api.it;

import static dev.polly.api.support.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.api.support.Http;
import dev.polly.api.support.RunningApi;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays the malformed-request corpus ({@link BadInputCorpus}) through the JDK client: no request
 * may get a 5xx, every response must carry a JSON error body, and each gets the status the corpus
 * expects.
 */
class BadInputIT {
  @RegisterExtension static final RunningApi API = new RunningApi();

  @Test
  void everyMalformedRequestGetsA4xxWithAJsonBody() {
    Http http = API.http();
    List<BadInputCorpus.Case> corpus = BadInputCorpus.forAlicesNewPoll(http);

    List<String> failures = new ArrayList<>();
    for (BadInputCorpus.Case c : corpus) {
      Http.Resp r = http.send(request(http, c));
      String name = c.name();
      if (r.status() >= 500) {
        failures.add(name + ": got " + r.status() + " " + r.body());
      } else if (!r.isJson() || !r.json().hasNonNull("code") || !r.json().hasNonNull("message")) {
        failures.add(name + ": no JSON error body (" + r.status() + "): " + abbreviate(r.body()));
      } else if (c.expect() != null && r.status() != c.expect()) {
        failures.add(
            name + ": expected " + c.expect() + " got " + r.status() + " " + abbreviate(r.body()));
      } else if (r.status() < 400) {
        failures.add(name + ": accepted with " + r.status());
      }
    }
    assertThat(failures).isEmpty();
  }

  private static HttpRequest request(Http http, BadInputCorpus.Case c) {
    HttpRequest.Builder b = http.request(c.path(), null);
    c.headers().forEach(b::header);
    if (c.body() == null) {
      return b.method(c.method(), HttpRequest.BodyPublishers.noBody()).build();
    }
    byte[] bytes = c.body();
    HttpRequest.BodyPublisher publisher =
        c.chunked()
            ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
            : HttpRequest.BodyPublishers.ofByteArray(bytes);
    return b.method(c.method(), publisher).build();
  }

  static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
