package dev.governance.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path into a JSON document as field names and array indexes, written {@code
 * $.risks[3].likelihood}. The reader keeps one as a stack while it descends; the domain model's
 * violation paths ({@code risks[3].systemOwner}) parse into one.
 */
final class JsonPath {

  private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

  private Object[] segments = new Object[16];
  private int depth;

  void push(Object segment) {
    if (depth == segments.length) {
      segments = Arrays.copyOf(segments, depth * 2);
    }
    segments[depth++] = segment;
  }

  void pop() {
    depth--;
  }

  List<Object> segments() {
    return List.of(Arrays.copyOf(segments, depth));
  }

  /** Returns the segments of {@code relative} appended to this path's. */
  List<Object> resolve(String relative) {
    List<Object> all = new ArrayList<>(segments());
    Matcher m = SEGMENT.matcher(relative);
    while (m.find()) {
      all.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
    }
    return all;
  }

  @Override
  public String toString() {
    return render(segments());
  }

  static String render(List<Object> segments) {
    StringBuilder text = new StringBuilder("$");
    for (Object segment : segments) {
      if (segment instanceof Integer) {
        text.append('[').append(segment).append(']');
      } else {
        text.append('.').append(segment);
      }
    }
    return text.toString();
  }
}
