/** The report module's machinery; not API. */
@NullMarked
package dev.governance.report.internal;

import org.jspecify.annotations.NullMarked;
