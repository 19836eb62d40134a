/**
 * A Jackson databind module, {@code GovernanceModule}, so that an application's own {@code
 * ObjectMapper} writes and reads governance models and policies, and writes reports and findings,
 * in the published JSON shapes. {@code ObjectMapper.findAndRegisterModules()} finds it through the
 * service loader.
 */
module dev.governance.jackson {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive dev.governance.io;
  requires transitive dev.governance.report;
  requires dev.governance.json;

  exports dev.governance.jackson;

  provides com.fasterxml.jackson.databind.Module with
      dev.governance.jackson.GovernanceModule;
}
