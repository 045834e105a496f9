package dev.polly.bot.tasks;

import dev.polly.bot.features.scheduler.PollScheduler;
import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** {@code POST /tasks/scheduler-sweep}: opens and closes every due poll now, without waiting. */
public final class SchedulerSweepTask extends Task {
  private final PollScheduler scheduler;

  public SchedulerSweepTask(PollScheduler scheduler) {
    super("scheduler-sweep");
    this.scheduler = scheduler;
  }

  @Override
  public void execute(Map<String, List<String>> parameters, PrintWriter output) {
    scheduler.sweepNow();
    output.println("sweep done");
  }
}
