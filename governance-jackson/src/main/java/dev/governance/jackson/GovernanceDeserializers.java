package dev.governance.jackson;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import org.jspecify.annotations.Nullable;

/** The deserializers of the types of the model's JSON form ({@link GovernanceModule#TYPES}). */
final class GovernanceDeserializers extends Deserializers.Base {

  private final String source;

  GovernanceDeserializers(String source) {
    this.source = source;
  }

  @Override
  public @Nullable JsonDeserializer<?> findBeanDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription description) {
    return find(type.getRawClass());
  }

  @Override
  public @Nullable JsonDeserializer<?> findEnumDeserializer(
      Class<?> type, DeserializationConfig config, BeanDescription description) {
    return find(type);
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> type) {
    return GovernanceModule.TYPES.contains(type);
  }

  private @Nullable JsonDeserializer<?> find(Class<?> type) {
    return GovernanceModule.TYPES.contains(type) ? new JsonFormDeserializer(type, source) : null;
  }
}
