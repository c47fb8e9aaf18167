package io.github.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output file is written whole or not at all, and the old one survives a failure. */
class AtomicOutputTest {
  @TempDir Path dir;

  @Test
  void aFailureMidwayLeavesTheOldFileAndNoPartialOne() throws IOException {
    Path file = Files.writeString(dir.resolve("台账.json"), "old", StandardCharsets.UTF_8);
    assertThatThrownBy(
            () ->
                Outputs.atomically(
                    file,
                    out -> {
                      out.write("half of the new".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("No space left on device");
                    }))
        .hasMessageContaining("No space left");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aCompleteWriteReplacesTheOldFile() throws IOException {
    Path file = Files.writeString(dir.resolve("out.json"), "old", StandardCharsets.UTF_8);
    Outputs.atomically(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("new");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }
}
