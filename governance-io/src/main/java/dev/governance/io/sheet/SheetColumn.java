package dev.governance.io.sheet;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A column a loader reads: its name as the layout writes it, the other names people give it, and
 * whether a table must have it. Headers are matched by {@link #key(String) key}: case, white space
 * (line breaks and no-break spaces included) and underscores do not count.
 */
final class SheetColumn {

  private final String name;
  private final ImmutableList<String> keys;
  private final boolean required;

  private SheetColumn(String name, ImmutableList<String> keys, boolean required) {
    this.name = name;
    this.keys = keys;
    this.required = required;
  }

  /**
   * Returns a column a table must have.
   *
   * @param name its name in the layout
   * @param synonyms the other headers that name it
   * @return the column
   */
  static SheetColumn required(String name, String... synonyms) {
    return new SheetColumn(name, keys(name, synonyms), true);
  }

  /**
   * Returns a column a table may have.
   *
   * @param name its name in the layout
   * @param synonyms the other headers that name it
   * @return the column
   */
  static SheetColumn optional(String name, String... synonyms) {
    return new SheetColumn(name, keys(name, synonyms), false);
  }

  private static ImmutableList<String> keys(String name, String... synonyms) {
    ImmutableList.Builder<String> keys = ImmutableList.<String>builder().add(key(name));
    for (String synonym : synonyms) {
      keys.add(key(synonym));
    }
    return keys.build();
  }

  /** Returns the column's name in the layout, such as {@code Owner (program)}. */
  String name() {
    return name;
  }

  /** Returns the keys of every header that names the column, its layout name's first. */
  ImmutableList<String> keys() {
    return keys;
  }

  /** Returns whether a table must have the column. */
  boolean isRequired() {
    return required;
  }

  /**
   * Returns a header's key: lower case (Unicode form C), without white space or underscores, so
   * that {@code Owner (program)}, {@code owner(program)} and {@code OWNER_(PROGRAM)} are one.
   */
  static String key(String header) {
    String lower = Normalizer.normalize(header.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    StringBuilder key = new StringBuilder(lower.length());
    lower
        .codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '_')
        .forEach(key::appendCodePoint);
    return key.toString();
  }

  @Override
  public String toString() {
    return name;
  }
}
