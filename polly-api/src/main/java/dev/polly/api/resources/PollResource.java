package dev.polly.api.resources;

import dev.polly.api.api.DuplicateRequest;
import dev.polly.api.api.PollExport;
import dev.polly.api.api.PollPage;
import dev.polly.api.api.PollRequest;
import dev.polly.api.api.PollView;
import dev.polly.api.api.ReopenRequest;
import dev.polly.api.api.ResultsView;
import dev.polly.api.auth.SessionPrincipal;
import dev.polly.api.core.ChartService;
import dev.polly.api.core.ExportService;
import dev.polly.api.core.LifecycleService;
import dev.polly.api.core.PollService;
import dev.polly.api.core.ResultsService;
import dev.polly.api.errors.BadParameterException;
import dev.polly.api.errors.ValidationFailedException;
import dev.polly.api.requests.PollWrites;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Polls of the guilds the user manages: list, create, edit, lifecycle, results, export, import. */
@Path("/api/polls")
@Produces(MediaType.APPLICATION_JSON)
public final class PollResource {
  private static final String IDEMPOTENCY =
      "Optional key (1-100 visible ASCII characters) naming this creation: sending the same"
          + " request with the same key again returns the poll the first one stored"
          + " (Idempotent-Replayed: true) instead of a second poll";

  private final PollService polls;
  private final LifecycleService lifecycle;
  private final PollWrites writes;
  private final ResultsService results;
  private final ExportService exports;
  private final ChartService charts;

  public PollResource(
      PollService polls,
      LifecycleService lifecycle,
      PollWrites writes,
      ResultsService results,
      ExportService exports,
      ChartService charts) {
    this.polls = polls;
    this.lifecycle = lifecycle;
    this.writes = writes;
    this.results = results;
    this.exports = exports;
    this.charts = charts;
  }

  @GET
  @Operation(summary = "List a guild's polls, newest first")
  public PollPage list(
      @Parameter(hidden = true) @Auth SessionPrincipal user,
      @QueryParam("guild") GuildFilterParam guild,
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    if (guild == null) {
      throw new BadParameterException("guild is required");
    }
    PollService.Listing listing =
        polls.list(
            user.session(),
            guild.id(),
            Params.status(status),
            Params.positiveInt("page", page, 1),
            Params.positiveInt("size", size, 20));
    List<PollView> items = listing.polls().stream().map(PollView::of).toList();
    return new PollPage(items, listing.page(), listing.size(), listing.total());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a poll")
  public Response create(
      @Parameter(hidden = true) @Auth SessionPrincipal user,
      @Parameter(description = IDEMPOTENCY) @HeaderParam(Creations.KEY) String key,
      @NotNull(message = ValidationFailedException.BODY_REQUIRED) @Valid PollRequest body) {
    return Creations.created(writes.create(user.session(), body, Creations.key(key)));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Read a poll")
  public PollView get(
      @Parameter(hidden = true) @Auth SessionPrincipal user, @PathParam("id") PollIdParam id) {
    return PollView.of(polls.find(user.session(), id.id()));
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Edit a scheduled poll, or an open poll's title, question, close time, reminder and"
              + " (until the first vote) options; optimistic locking on version")
  public PollView update(
      @Parameter(hidden = true) @Auth SessionPrincipal user,
      @PathParam("id") PollIdParam id,
      @NotNull(message = ValidationFailedException.BODY_REQUIRED) @Valid PollRequest body) {
    return PollView.of(writes.update(user.session(), id.id(), body));
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete a poll")
  public Response delete(
      @Parameter(hidden = true) @Auth SessionPrincipal user, @PathParam("id") PollIdParam id) {
    polls.delete(user.session(), id.id());
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/close")
  @Operation(summary = "Close an active poll now")
  public PollView close(
      @Parameter(hidden = true) @Auth SessionPrincipal user, @PathParam("id") PollIdParam id) {
    return PollView.of(lifecycle.close(user.session(), id.id()));
  }

  @POST
  @Path("/{id}/reopen")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reopen a closed poll with a new close time")
  public PollView reopen(
      @Parameter(hidden = true) @Auth SessionPrincipal user,
      @PathParam("id") PollIdParam id,
      @NotNull(message = ValidationFailedException.BODY_REQUIRED) @Valid ReopenRequest body) {
    return PollView.of(writes.reopen(user.session(), id.id(), body));
  }

  @POST
  @Path("/{id}/duplicate")
  @Operation(summary = "Copy a poll as a new scheduled poll")
  public Response duplicate(
      @Parameter(hidden = true) @Auth SessionPrincipal user,
      @PathParam("id") PollIdParam id,
      @Parameter(description = IDEMPOTENCY) @HeaderParam(Creations.KEY) String key,
      @Valid DuplicateRequest body) {
    DuplicateRequest times = body == null ? new DuplicateRequest(null, null, null) : body;
    return Creations.created(writes.duplicate(user.session(), id.id(), times, Creations.key(key)));
  }

  @GET
  @Path("/{id}/results")
  @Operation(summary = "Results, obeying anonymous and hide_results (cached)")
  public ResultsView results(
      @Parameter(hidden = true) @Auth SessionPrincipal user, @PathParam("id") PollIdParam id) {
    ResultsService.Shown shown = results.results(user.session(), id.id());
    return ResultsView.of(shown.poll(), shown.results());
  }

  @GET
  @Path("/{id}/results.png")
  @Produces("image/png")
  @Operation(
      summary = "Results as an 800x450 PNG bar chart (404 results_hidden while results are hidden)")
  public byte[] resultsChart(
      @Parameter(hidden = true) @Auth SessionPrincipal user, @PathParam("id") PollIdParam id) {
    return charts.png(user.session(), id.id());
  }

  @GET
  @Path("/{id}/export.json")
  @Operation(summary = "Export a poll as JSON (voters only for non-anonymous polls)")
  public PollExport exportJson(
      @Parameter(hidden = true) @Auth SessionPrincipal user, @PathParam("id") PollIdParam id) {
    return PollExport.of(exports.export(user.session(), id.id()));
  }

  @GET
  @Path("/{id}/export.csv")
  @Produces("text/csv")
  @Operation(summary = "Export a poll as CSV (voters only for non-anonymous polls)")
  public Response exportCsv(
      @Parameter(hidden = true) @Auth SessionPrincipal user, @PathParam("id") PollIdParam id) {
    long pollId = id.id();
    String csv = exports.exportCsv(user.session(), pollId);
    return Response.ok(csv, "text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"poll-" + pollId + ".csv\"")
        .build();
  }

  @POST
  @Path("/import")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import a poll from the export JSON format as a scheduled poll")
  public Response importPoll(
      @Parameter(hidden = true) @Auth SessionPrincipal user,
      @Parameter(description = IDEMPOTENCY) @HeaderParam(Creations.KEY) String key,
      @NotNull(message = ValidationFailedException.BODY_REQUIRED) @Valid PollExport body) {
    return Creations.created(writes.importPoll(user.session(), body, Creations.key(key)));
  }
}
