package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/** What every reader fuzz test checks of one input: accepted and round-tripping, or reported. */
final class FuzzChecks {
  /** Strict and lenient instances taking documents up to 1 MiB. */
  static final List<ProbityJson> MODES =
      List.of(
          ProbityJson.builder()
              .limits(JsonLimits.defaults().withMaxDocumentLength(1 << 20))
              .build(),
          ProbityJson.builder()
              .mode(ReadMode.LENIENT)
              .limits(JsonLimits.defaults().withMaxDocumentLength(1 << 20))
              .build());

  private FuzzChecks() {}

  /** A check that reads an input and may fail with located findings. */
  @FunctionalInterface
  interface Check {
    void run() throws IOException;
  }

  /** Runs a check; a refusal must carry findings, and no other exception may escape. */
  static void acceptedOrReported(Check check) throws IOException {
    try {
      check.run();
    } catch (JsonReadException e) {
      assertThat(e.getFindings()).isNotEmpty();
    }
  }

  /** Reads an input; a value read must read back equal after writing, a refusal must report. */
  static <T> void roundTripsOrReported(
      byte[] data, Function<byte[], ReadResult<T>> read, Function<T, byte[]> write)
      throws IOException {
    acceptedOrReported(
        () -> {
          T value = read.apply(data).value();
          assertThat(read.apply(write.apply(value)).value()).isEqualTo(value);
        });
  }
}
