/**
 * Reading and writing governance data: {@link dev.governance.io.ModelFiles}, the one entry point
 * that reads a model file by its type and places findings in it; the JSON governance model ({@link
 * dev.governance.io.GovernanceJson}, with its published JSON Schema); the policy file that
 * configures every engine ({@link dev.governance.io.GovernancePolicy}, read by {@link
 * dev.governance.io.PolicyJson}, with its own schema); and RACI matrices exported from spreadsheets
 * ({@link dev.governance.io.sheet.RaciWorkbook}, in {@code dev.governance.io.sheet} with the
 * spreadsheet reader). Every error is a {@link dev.governance.io.LoadException} whose problems give
 * the file, the line and column and the path of what is wrong.
 */
@NullMarked
@CheckReturnValue
@DomainStyle
package dev.governance.io;

import com.google.errorprone.annotations.CheckReturnValue;
import dev.governance.core.DomainStyle;
import org.jspecify.annotations.NullMarked;
