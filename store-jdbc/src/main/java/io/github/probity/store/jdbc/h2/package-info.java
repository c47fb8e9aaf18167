/**
 * What the H2 migrations call: the trigger that keeps stored revisions append-only. Not for
 * applications.
 */
@NullMarked
package io.github.probity.store.jdbc.h2;

import org.jspecify.annotations.NullMarked;
