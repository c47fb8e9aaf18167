/**
 * JMH benchmarks of Probity. Not published; run with {@code org.openjdk.jmh.Main}.
 *
 * <p>Inputs are built in setup, outside the measured code, and are immutable; benchmark methods are
 * safe to run on several threads.
 */
@NullMarked
package io.github.probity.benchmarks;

import org.jspecify.annotations.NullMarked;
