/**
 * Runnable examples of the Probity API and the {@code probity} command-line tool.
 *
 * <p>Not part of the published SDK: the classes show how an application wires Probity together.
 */
@NullMarked
package io.github.probity.examples;

import org.jspecify.annotations.NullMarked;
