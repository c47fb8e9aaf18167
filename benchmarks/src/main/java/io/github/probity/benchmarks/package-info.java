/**
 * JMH benchmarks of Probity; not part of the published SDK. Run them from the build output, e.g.
 * {@code java -cp "benchmarks/target/classes:benchmarks/target/lib/*" org.openjdk.jmh.Main Json}.
 */
@NullMarked
package io.github.probity.benchmarks;

import org.jspecify.annotations.NullMarked;
