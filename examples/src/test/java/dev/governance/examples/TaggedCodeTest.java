package dev.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaggedCodeTest {

  @Test
  void regionsAreDedentedAndKeptInOrder() {
    String source =
        String.join(
            "\n",
            "class A {",
            "  void a() {",
            "    // tag::second[]",
            "    int x = 1;",
            "      x++;",
            "    // end::second[]",
            "    // tag::first[]",
            "    x--;",
            "    // end::first[]",
            "  }",
            "}");

    assertThat(TaggedCode.regions(source))
        .containsExactly(entry("second", "int x = 1;\n  x++;"), entry("first", "x--;"));
  }

  @Test
  void badRegionsAreRejectedNamingTheRegion() {
    assertThatThrownBy(() -> TaggedCode.regions("// tag::a[]\nx;\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("region 'a' is not closed");
    assertThatThrownBy(() -> TaggedCode.regions("// tag::a[]\n// tag::b[]\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 2: region 'b' opens inside 'a'");
    assertThatThrownBy(() -> TaggedCode.regions("// tag::a[]\n// end::b[]\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 2: end of region 'b', expected the end of 'a'");
    assertThatThrownBy(() -> TaggedCode.regions("// end::b[]\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 1: end of region 'b', expected the end of no region");
    assertThatThrownBy(() -> TaggedCode.regions("// tag::a[]\n// end::a[]\n// tag::a[]\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 3: region 'a' is tagged twice");
  }

  @Test
  void fencedBlocksOfOneLanguage() {
    String page = "text\n```java\nint x;\n```\n```json\n{}\n```\n```java\n  y();\n```\n";

    assertThat(TaggedCode.fencedBlocks(page, "java")).containsExactly("int x;", "y();");
    assertThat(TaggedCode.fencedBlocks(page, "json")).containsExactly("{}");
    assertThatThrownBy(() -> TaggedCode.fencedBlocks("```java\nint x;\n", "java"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a ```java block is not closed");
  }

  @Test
  void javadocExamplesWithoutTheirStars() {
    String source =
        String.join(
            "\n",
            "/**",
            " * Text.",
            " *",
            " * <pre>{@code",
            " * Risk r = Risk.builder()",
            " *     .build();",
            " * }</pre>",
            " */",
            "<pre>{@code",
            "  int y;",
            "}</pre>");

    assertThat(TaggedCode.javadocExamples(source))
        .containsExactly("Risk r = Risk.builder()\n    .build();", "int y;");
    assertThatThrownBy(() -> TaggedCode.javadocExamples(" * <pre>{@code\n * x;\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a <pre>{@code block is not closed");
  }

  @Test
  void dedentKeepsRelativeIndentationAndInnerBlankLines() {
    assertThat(TaggedCode.dedent(List.of("    a", "", "      b  ", ""))).isEqualTo("a\n\n  b");
    assertThat(TaggedCode.dedent(List.of())).isEmpty();
  }
}
