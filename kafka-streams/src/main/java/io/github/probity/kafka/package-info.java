/**
 * The warning mechanism (预警机制) on Kafka Streams, for a commission that watches many units at once:
 * signals in, the same {@link io.github.probity.warning.Indicator}s evaluated per unit with their
 * state in changelogged stores, warnings and disposition cases out, exactly once.
 *
 * <p>{@link io.github.probity.kafka.MonitorTopology} builds the topology and its configuration;
 * {@link io.github.probity.kafka.ProbitySerdes} gives the serdes of the topics, which carry io-json
 * documents. One unit's signals share a key, so they are evaluated in one place, in {@link
 * io.github.probity.warning.Signal#ORDER}, exactly as one in-process {@link
 * io.github.probity.warning.Monitor} would evaluate them.
 */
@NullMarked
package io.github.probity.kafka;

import org.jspecify.annotations.NullMarked;
