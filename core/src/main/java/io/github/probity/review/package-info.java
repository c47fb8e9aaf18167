/**
 * The review workflow of prevention measures (防控措施): drafted, publicised (公示), reviewed (审核 or 把关),
 * filed (备案) or returned for redrafting.
 *
 * <p>Who drafts and who checks is derived from the risk owner's scope, as the plan lays down: a
 * post's measures are proposed by the post holder, publicised within a range and reviewed and filed
 * by the party organisation; a department's are drafted collectively (submitted by the department
 * head) and signed off by the supervising leader; the leadership group's and a leader's are made by
 * the group (its principal leader acting) and by the leader. The party organisation is a set of
 * person ids configured in a {@link io.github.probity.review.ReviewPolicy}.
 *
 * <p>A measure's {@link io.github.probity.review.ReviewRecord} is kept alongside the ledger, keyed
 * by measure id, rather than inside {@link io.github.probity.model.Measure}: the ledger stays the
 * register of what was decided, while the record carries the process; both are immutable, and a
 * transition returns a new record. Time comes only from an injected {@link java.time.Clock}.
 */
@NullMarked
@ProbityStyle
package io.github.probity.review;

import io.github.probity.model.ProbityStyle;
import org.jspecify.annotations.NullMarked;
