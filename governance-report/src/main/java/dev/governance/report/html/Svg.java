package dev.governance.report.html;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.governance.report.Block;
import dev.governance.report.Texts;
import dev.governance.report.Tone;

/**
 * The small SVG and HTML vocabulary the chart drawers share: escaping, the colour-blind-safe
 * palette (Okabe and Ito, "Color Universal Design", 2008) and an accessible {@code <svg>} opening
 * with its title and description.
 */
final class Svg {

  /** Lines and first series: blue. */
  static final String BLUE = "#0072B2";

  /** Second series: sky blue. */
  static final String SKY = "#56B4E9";

  /** Limits and thresholds: vermillion. */
  static final String VERMILLION = "#D55E00";

  /** Axes and grid. */
  static final String AXIS = "#555555";

  private Svg() {}

  /** Returns the fill colour of a tone. */
  static String fill(Tone tone) {
    switch (tone) {
      case GOOD:
        return "#009E73";
      case WARNING:
        return "#E69F00";
      case CRITICAL:
        return "#D55E00";
      case MISSING:
        return "#BBBBBB";
      default:
        return "#F2F2F2";
    }
  }

  /** Returns the one-letter mark of a tone, drawn on its colour so that colour is never alone. */
  static String letter(Tone tone) {
    switch (tone) {
      case GOOD:
        return "G";
      case WARNING:
        return "A";
      case CRITICAL:
        return "R";
      case MISSING:
        return "?";
      default:
        return "";
    }
  }

  /**
   * Appends {@code text} escaped for HTML and XML text and attributes, {@linkplain Texts#visible
   * with its control characters visible} and NUL and unpaired surrogates as U+FFFD: an HTML parser
   * reports both as parse errors, and XML forbids them.
   */
  @CanIgnoreReturnValue
  static StringBuilder text(StringBuilder out, String raw) {
    String text = Texts.visible(raw);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out;
  }

  /**
   * Returns {@code text} cut to {@code max} characters with an ellipsis, never between the two
   * halves of a surrogate pair (which would leave an unpaired one).
   */
  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))
        && Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    return text.substring(0, end) + "\u2026";
  }

  /** Appends a coordinate with at most one decimal. */
  static String n(double value) {
    return Texts.number(value, 1);
  }

  /** Opens an accessible chart: {@code <svg role="img">} with its title and description. */
  static void open(StringBuilder out, Block block, double width, double height) {
    out.append(
            "<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(n(width))
        .append(' ')
        .append(n(height))
        .append("\" width=\"")
        .append(n(width))
        .append("\" height=\"")
        .append(n(height))
        .append("\" aria-labelledby=\"t-")
        .append(block.id())
        .append(" d-")
        .append(block.id())
        .append("\"><title id=\"t-")
        .append(block.id())
        .append("\">");
    text(out, block.title()).append("</title><desc id=\"d-").append(block.id()).append("\">");
    text(out, block.textAlternative()).append("</desc>\n");
  }

  /** Appends a text element. */
  static void label(
      StringBuilder out, double x, double y, String anchor, String cssClass, String text) {
    out.append("<text x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\" class=\"")
        .append(cssClass)
        .append("\">");
    text(out, text).append("</text>\n");
  }

  /** Appends a rectangle, with a tooltip when {@code tip} is not empty. */
  static void rect(
      StringBuilder out,
      double x,
      double y,
      double w,
      double h,
      String fill,
      String extra,
      String tip) {
    out.append("<rect x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" width=\"")
        .append(n(w))
        .append("\" height=\"")
        .append(n(h))
        .append("\" fill=\"")
        .append(fill)
        .append('"')
        .append(extra);
    if (tip.isEmpty()) {
      out.append("/>\n");
    } else {
      out.append("><title>");
      text(out, tip).append("</title></rect>\n");
    }
  }

  /** Appends a line. */
  static void line(
      StringBuilder out, double x1, double y1, double x2, double y2, String stroke, String extra) {
    out.append("<line x1=\"")
        .append(n(x1))
        .append("\" y1=\"")
        .append(n(y1))
        .append("\" x2=\"")
        .append(n(x2))
        .append("\" y2=\"")
        .append(n(y2))
        .append("\" stroke=\"")
        .append(stroke)
        .append('"')
        .append(extra)
        .append("/>\n");
  }
}
