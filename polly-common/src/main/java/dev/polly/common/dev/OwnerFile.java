package dev.polly.common.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file that names the process owning a development server by its pid, so that a process starting
 * later can tell whether the server's owner is still alive. When the owner died without stopping
 * the server ({@code kill -9}, a crash), the server is an orphan that the next process takes over.
 */
final class OwnerFile {
  private final Path file;

  OwnerFile(Path file) {
    this.file = file;
  }

  /** Records this process as the owner. */
  void claim() {
    try {
      Files.writeString(file, Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
  }

  /** True when the recorded owner is a live process (this one included). */
  boolean ownerAlive() {
    return owner().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
  }

  /** The recorded owner's pid, if the file exists and holds one. */
  Optional<Long> owner() {
    return readPid(file);
  }

  /** Removes the file if it still names this process. */
  void release() {
    if (owner().filter(pid -> pid == ProcessHandle.current().pid()).isPresent()) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // The next start treats a file naming a dead process as no owner at all.
      }
    }
  }

  /** The number on the first line of {@code file}, if there is one. */
  static Optional<Long> readPid(Path file) {
    try {
      String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0).trim();
      return Optional.of(Long.parseLong(first));
    } catch (IOException | RuntimeException absentOrGarbled) {
      return Optional.empty();
    }
  }
}
