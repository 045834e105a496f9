package dev.polly.api.resources;

import dev.polly.api.auth.Cookies;
import dev.polly.api.auth.OAuthLogin;
import dev.polly.api.auth.OAuthStates;
import dev.polly.api.auth.SessionService;
import dev.polly.api.errors.BadParameterException;
import dev.polly.api.errors.NotAuthenticatedException;
import dev.polly.common.domain.Session;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Discord OAuth2 login, callback and logout. Logout ends both the Bearer session and the cookie
 * session when a request carries both.
 */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
public final class AuthResource {
  private final OAuthLogin login;
  private final OAuthStates states;
  private final SessionService sessions;
  private final Cookies cookies;
  private final URI dashboard;

  public AuthResource(
      OAuthLogin login,
      OAuthStates states,
      SessionService sessions,
      Cookies cookies,
      URI dashboard) {
    this.login = login;
    this.states = states;
    this.sessions = sessions;
    this.cookies = cookies;
    this.dashboard = dashboard;
  }

  @GET
  @Path("/login")
  @Operation(summary = "Redirect to Discord's authorize page (scopes identify guilds)")
  public Response login() {
    OAuthStates.Issued issued = states.issue();
    return Response.seeOther(login.authorizeUri(issued.state()))
        .cookie(cookies.state(issued.cookieValue(), issued.ttl()))
        .build();
  }

  @GET
  @Path("/callback")
  @Operation(summary = "Complete the login: check state, exchange the code, create a session")
  public Response callback(
      @QueryParam("code") String code,
      @QueryParam("state") String state,
      @QueryParam("error") String error,
      @CookieParam(Cookies.STATE_COOKIE) String stateCookie) {
    states.verify(state, stateCookie);
    if (error != null || code == null || code.isBlank() || code.length() > 200) {
      throw new BadParameterException("oauth_denied", "Discord did not grant the login");
    }
    SessionService.Issued issued = login.complete(code);
    return Response.seeOther(dashboard)
        .cookie(cookies.session(issued.token(), issued.ttl()), cookies.clearState())
        .build();
  }

  @POST
  @Path("/logout")
  @Operation(
      summary = "End the current session",
      description =
          "Ends every session the request presents: the Bearer token and the session cookie when"
              + " both are sent, since the response clears the cookie in the browser either way.")
  public Response logout(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context HttpHeaders headers) {
    tokens(authorization, headers).forEach(sessions::logout);
    return Response.noContent().cookie(cookies.clearSession()).build();
  }

  @POST
  @Path("/logout-all")
  @Operation(summary = "End every session of the signed-in user, on every device")
  public Response logoutAll(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context HttpHeaders headers) {
    Session session =
        tokens(authorization, headers).stream()
            .map(sessions::authenticate)
            .flatMap(Optional::stream)
            .findFirst()
            .orElseThrow(() -> new NotAuthenticatedException("There is no session to end"));
    sessions.logoutAll(session.userId());
    return Response.noContent().cookie(cookies.clearSession()).build();
  }

  /** The usable tokens the request presents: the Bearer token first, then the session cookie. */
  private Set<String> tokens(String authorization, HttpHeaders headers) {
    Set<String> tokens = new LinkedHashSet<>();
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      tokens.add(authorization.substring(7).trim());
    }
    Cookie sessionCookie = headers.getCookies().get(cookies.sessionName());
    if (sessionCookie != null && sessionCookie.getValue() != null) {
      tokens.add(sessionCookie.getValue());
    }
    tokens.removeIf(token -> token.isEmpty() || token.length() > 200);
    return tokens;
  }
}
