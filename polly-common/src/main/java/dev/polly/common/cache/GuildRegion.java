package dev.polly.common.cache;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code guild} region as a whole, for tasks and operators: keys are {@code
 * {guildId}:channels}, {@code {guildId}:roles} or {@code {guildId}:emojis}, each read and written
 * through its typed view. A bare {@code {guildId}} given to {@link #invalidate} drops all three
 * views of that guild.
 */
final class GuildRegion implements CacheRegion<Object> {
  private final RegionCore core;
  private final List<RedisCacheRegion<?>> views;

  GuildRegion(RegionCore core, List<RedisCacheRegion<?>> views) {
    this.core = core;
    this.views = List.copyOf(views);
  }

  @Override
  public String name() {
    return core.name();
  }

  @Override
  public Optional<Object> getIfPresent(String key) {
    return view(key).flatMap(v -> v.getIfPresent(id(key, v)).map(Object.class::cast));
  }

  @Override
  public Object get(String key, Supplier<? extends Object> loader) {
    RedisCacheRegion<?> view = view(key).orElseThrow(() -> unknownView(key));
    return getTyped(view, id(key, view), loader);
  }

  private static <V> V getTyped(RedisCacheRegion<V> view, String id, Supplier<?> loader) {
    return view.get(id, () -> view.type().cast(loader.get()));
  }

  @Override
  public void put(String key, Object value) {
    put(key, value, core.ttl());
  }

  @Override
  public void put(String key, Object value, Duration ttl) {
    RedisCacheRegion<?> view =
        views.stream()
            .filter(v -> v.type().isInstance(value))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("not guild data: " + value));
    putTyped(view, key.endsWith(view.suffix()) ? id(key, view) : key, value, ttl);
  }

  private static <V> void putTyped(RedisCacheRegion<V> view, String id, Object v, Duration ttl) {
    view.put(id, view.type().cast(v), ttl);
  }

  @Override
  public void invalidate(String key) {
    Optional<RedisCacheRegion<?>> view = view(key);
    if (view.isPresent()) {
      view.get().invalidate(id(key, view.get()));
      return;
    }
    String[] fullKeys = views.stream().map(v -> v.fullKey(key)).toArray(String[]::new);
    core.invalidate(key, fullKeys);
  }

  @Override
  public void invalidateAll() {
    core.invalidatePattern(CacheKeys.glob(core.prefix()) + "*");
  }

  @Override
  public Optional<RegionMetrics.Stats> stats() {
    return Optional.of(core.metrics().stats());
  }

  private Optional<RedisCacheRegion<?>> view(String key) {
    return views.stream().filter(v -> key.endsWith(v.suffix())).findFirst();
  }

  private static String id(String key, RedisCacheRegion<?> view) {
    return key.substring(0, key.length() - view.suffix().length());
  }

  private static IllegalArgumentException unknownView(String key) {
    return new IllegalArgumentException(
        "guild keys end with :channels, :roles or :emojis, got " + key);
  }
}
