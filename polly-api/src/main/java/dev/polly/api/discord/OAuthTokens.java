package dev.polly.api.discord;

/** The result of exchanging an OAuth code. The access token is a secret: never log it. */
public record OAuthTokens(String accessToken, String tokenType, String scope) {
  @Override
  public String toString() {
    return "OAuthTokens{accessToken=***, tokenType=" + tokenType + ", scope=" + scope + "}";
  }
}
