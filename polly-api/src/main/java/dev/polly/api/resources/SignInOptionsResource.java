package dev.polly.api.resources;

import dev.polly.api.api.AuthOptionsView;
import dev.polly.api.auth.Cookies;
import dev.polly.api.auth.SessionService;
import dev.polly.api.demo.DemoSignIn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The sign-in choices the dashboard offers, and the demo sign-in (demo mode only). */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
public final class SignInOptionsResource {
  private final AuthOptionsView options;
  private final DemoSignIn demo;
  private final Cookies cookies;

  public SignInOptionsResource(boolean discordLogin, DemoSignIn demo, Cookies cookies) {
    this.options = new AuthOptionsView(discordLogin, demo.enabled());
    this.demo = demo;
    this.cookies = cookies;
  }

  @GET
  @Path("/options")
  @Operation(summary = "How a visitor can sign in (no session needed)")
  public AuthOptionsView options() {
    return options;
  }

  @POST
  @Path("/demo")
  @Operation(
      summary = "Sign in as the demo user (demo mode only) and set the session cookie",
      responses = {
        @ApiResponse(responseCode = "204", description = "Signed in"),
        @ApiResponse(responseCode = "404", description = "Demo mode is off")
      })
  public Response demo() {
    SessionService.Issued issued = demo.signIn();
    return Response.noContent().cookie(cookies.session(issued.token(), issued.ttl())).build();
  }
}
