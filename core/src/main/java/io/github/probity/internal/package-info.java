/**
 * Shared helpers of probity-core, written once for its packages: parsing coded enums by code, label
 * and synonym.
 *
 * <p><b>Not API; may change without notice.</b> The package is public only because the core jar has
 * no module descriptor to hide it; other modules, Probity's own included, must not use it (an
 * architecture test checks this), and the published Javadoc leaves it out. Everything here is
 * stateless or immutable after construction, and thread-safe.
 */
@NullMarked
package io.github.probity.internal;

import org.jspecify.annotations.NullMarked;
