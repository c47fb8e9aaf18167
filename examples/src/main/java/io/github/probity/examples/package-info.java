/**
 * Runnable examples of the Probity API.
 *
 * <p>Not part of the published SDK: the classes show how an application wires Probity together. The
 * {@code probity} command line is in {@code io.github.probity.cli}.
 */
@NullMarked
package io.github.probity.examples;

import org.jspecify.annotations.NullMarked;
