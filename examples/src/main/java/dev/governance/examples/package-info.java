/** Runnable programs that embed the governance API. */
@NullMarked
package dev.governance.examples;

import org.jspecify.annotations.NullMarked;
