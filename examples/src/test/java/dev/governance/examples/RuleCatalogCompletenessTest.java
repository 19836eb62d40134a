package dev.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.governance.rules.RuleCode;
import dev.governance.rules.health.RuleCatalog;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every rule code of every published module is in {@link RuleCatalog}, so a new rule enum cannot be
 * left out of the catalog, the SARIF rule metadata and the table in docs/findings.md. It lives in
 * {@code examples} because that module sees every module's classes.
 */
class RuleCatalogCompletenessTest {

  @Test
  void everyRuleCodeOfEveryModuleIsInTheCatalog() {
    List<JavaClass> implementations =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.governance")
                .stream()
                .filter(c -> c.isAssignableTo(RuleCode.class) && !c.isInterface())
                .toList();
    assertThat(implementations).isNotEmpty();
    for (JavaClass type : implementations) {
      assertThat(type.isEnum()).as(type.getName() + " is an enum of codes").isTrue();
      Object[] codes = type.reflect().getEnumConstants();
      assertThat(RuleCatalog.all())
          .as(type.getName())
          .containsAll(Arrays.stream(codes).map(RuleCode.class::cast).toList());
    }
  }
}
