/**
 * The {@code probity} command-line tool: {@link io.github.probity.cli.Main} and one {@code
 * …Command} class per subcommand, with what they share (reading and writing files by extension,
 * locating findings in the file they came from, messages in Chinese or English, progress bars).
 *
 * <p>Not part of the published SDK. The runnable examples in {@code io.github.probity.examples}
 * know nothing of this package; it uses their public API where a command runs an example's work.
 */
@NullMarked
package io.github.probity.cli;

import org.jspecify.annotations.NullMarked;
