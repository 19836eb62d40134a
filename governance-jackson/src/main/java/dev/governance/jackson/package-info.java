/**
 * Governance data in an application's own Jackson {@code ObjectMapper}: register {@link
 * dev.governance.jackson.GovernanceModule} and models, policies, their parts, reports and findings
 * are written, and the model's and policy's values read, in the JSON shapes of the published
 * schemas, by the writers and the reader of {@code governance-io} and {@code governance-report}
 * themselves.
 */
@NullMarked
@CheckReturnValue
package dev.governance.jackson;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
