package io.github.probity.kafka;

import io.github.probity.model.Ledger;
import io.github.probity.warning.Indicator;
import io.github.probity.warning.Signal;
import io.github.probity.warning.WarningPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;

/** What the processor needs from {@link MonitorTopology.Builder}, frozen at build time. */
record Settings(
    WarningPolicy policy,
    List<Indicator> indicators,
    Function<String, Optional<Ledger>> ledgers,
    Duration grace,
    Duration retention,
    String systemActor,
    Serde<Signal> signals,
    boolean rollups) {}
