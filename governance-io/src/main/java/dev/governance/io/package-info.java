/**
 * Loaders of governance data: the JSON governance model ({@link dev.governance.io.GovernanceJson},
 * with its published JSON Schema) and RACI matrices exported from spreadsheets ({@link
 * dev.governance.io.RaciCsv}). Every error is a {@link dev.governance.io.LoadException} whose
 * problems give the file, the line and column and the path of what is wrong.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.io;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
