package dev.polly.api.resources;

import dev.polly.api.api.DuplicateRequest;
import dev.polly.api.api.PollExport;
import dev.polly.api.api.PollPage;
import dev.polly.api.api.PollRequest;
import dev.polly.api.api.PollView;
import dev.polly.api.api.ReopenRequest;
import dev.polly.api.api.ResultsView;
import dev.polly.api.core.ChartService;
import dev.polly.api.core.ExportService;
import dev.polly.api.core.LifecycleService;
import dev.polly.api.core.PollService;
import dev.polly.api.core.ResultsService;
import dev.polly.api.errors.BadParameterException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** Polls of the guilds the user manages: list, create, edit, lifecycle, results, export, import. */
@Path("/api/polls")
@Produces(MediaType.APPLICATION_JSON)
public final class PollResource {
  private final PollService polls;
  private final LifecycleService lifecycle;
  private final ResultsService results;
  private final ExportService exports;
  private final ChartService charts;

  public PollResource(
      PollService polls,
      LifecycleService lifecycle,
      ResultsService results,
      ExportService exports,
      ChartService charts) {
    this.polls = polls;
    this.lifecycle = lifecycle;
    this.results = results;
    this.exports = exports;
    this.charts = charts;
  }

  @GET
  @Operation(summary = "List a guild's polls, newest first")
  public PollPage list(
      @Context SecurityContext context,
      @QueryParam("guild") String guild,
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    if (guild == null) {
      throw new BadParameterException("guild is required");
    }
    return polls.list(
        Params.session(context),
        Params.id("guild", guild),
        status,
        Params.positiveInt("page", page, 1),
        Params.positiveInt("size", size, 20));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a poll")
  public Response create(@Context SecurityContext context, PollRequest body) {
    PollView created = polls.create(Params.session(context), MeResource.required(body));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Read a poll")
  public PollView get(@Context SecurityContext context, @PathParam("id") String id) {
    return polls.get(Params.session(context), Params.id("poll id", id));
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Edit a scheduled poll, or an open poll's title, question, close time, reminder and"
              + " (until the first vote) options; optimistic locking on version")
  public PollView update(
      @Context SecurityContext context, @PathParam("id") String id, PollRequest body) {
    return polls.update(
        Params.session(context), Params.id("poll id", id), MeResource.required(body));
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete a poll")
  public Response delete(@Context SecurityContext context, @PathParam("id") String id) {
    polls.delete(Params.session(context), Params.id("poll id", id));
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/close")
  @Operation(summary = "Close an active poll now")
  public PollView close(@Context SecurityContext context, @PathParam("id") String id) {
    return lifecycle.close(Params.session(context), Params.id("poll id", id));
  }

  @POST
  @Path("/{id}/reopen")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reopen a closed poll with a new close time")
  public PollView reopen(
      @Context SecurityContext context, @PathParam("id") String id, ReopenRequest body) {
    return lifecycle.reopen(
        Params.session(context), Params.id("poll id", id), MeResource.required(body));
  }

  @POST
  @Path("/{id}/duplicate")
  @Operation(summary = "Copy a poll as a new scheduled poll")
  public Response duplicate(
      @Context SecurityContext context, @PathParam("id") String id, DuplicateRequest body) {
    PollView copy = lifecycle.duplicate(Params.session(context), Params.id("poll id", id), body);
    return Response.status(Response.Status.CREATED).entity(copy).build();
  }

  @GET
  @Path("/{id}/results")
  @Operation(summary = "Results, obeying anonymous and hide_results (cached)")
  public ResultsView results(@Context SecurityContext context, @PathParam("id") String id) {
    return results.results(Params.session(context), Params.id("poll id", id));
  }

  @GET
  @Path("/{id}/results.png")
  @Produces("image/png")
  @Operation(
      summary = "Results as an 800x450 PNG bar chart (404 results_hidden while results are hidden)")
  public byte[] resultsChart(@Context SecurityContext context, @PathParam("id") String id) {
    return charts.png(Params.session(context), Params.id("poll id", id));
  }

  @GET
  @Path("/{id}/export.json")
  @Operation(summary = "Export a poll as JSON (voters only for non-anonymous polls)")
  public PollExport exportJson(@Context SecurityContext context, @PathParam("id") String id) {
    return exports.exportJson(Params.session(context), Params.id("poll id", id));
  }

  @GET
  @Path("/{id}/export.csv")
  @Produces("text/csv")
  @Operation(summary = "Export a poll as CSV (voters only for non-anonymous polls)")
  public Response exportCsv(@Context SecurityContext context, @PathParam("id") String id) {
    long pollId = Params.id("poll id", id);
    String csv = exports.exportCsv(Params.session(context), pollId);
    return Response.ok(csv, "text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"poll-" + pollId + ".csv\"")
        .build();
  }

  @POST
  @Path("/import")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import a poll from the export JSON format as a scheduled poll")
  public Response importPoll(@Context SecurityContext context, PollExport body) {
    PollView created = exports.importPoll(Params.session(context), MeResource.required(body));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }
}
