package dev.polly.bot;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Optional sharding: {@code total = 0} (the default) runs one unsharded connection; a positive
 * {@code total} runs a shard manager with the shards in {@code ids} (all of them when empty).
 */
public class ShardSettings {
  @Min(0)
  private int total = 0;

  @NotNull private List<Integer> ids = List.of();

  @JsonProperty
  public int getTotal() {
    return total;
  }

  @JsonProperty
  public void setTotal(int total) {
    this.total = total;
  }

  @JsonProperty
  public List<Integer> getIds() {
    return ids;
  }

  @JsonProperty
  public void setIds(List<Integer> ids) {
    this.ids = ids == null ? List.of() : List.copyOf(ids);
  }

  public boolean sharded() {
    return total > 0;
  }

  @ValidationMethod(message = "bot.shards.ids must each be in [0, total) and need total > 0")
  public boolean isIdsWithinTotal() {
    return ids.stream().allMatch(id -> id >= 0 && id < Math.max(total, 0));
  }
}
