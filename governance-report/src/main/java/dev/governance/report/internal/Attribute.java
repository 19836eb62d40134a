package dev.governance.report.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;

/**
 * One attribute of a domain value as JSON sees it: its name, its shape (one value, optional,
 * nullable, list or map), the type of its values and the builder method that sets it.
 *
 * @param name the attribute's name, which is also its JSON field name
 * @param kind how many values the attribute holds
 * @param valueType the type of one value (a list's element, a map's value)
 * @param keyType a map's key type, {@code String.class} otherwise
 * @param required whether a JSON object must give it (no default, not optional)
 * @param getter the accessor on the immutable value
 * @param setter the builder method that takes the whole value
 * @param index the attribute's position in its shape's order, from 0
 * @param leaf how one value is read and written when it is a JSON scalar, or null
 */
public record Attribute(
    String name,
    Kind kind,
    Type valueType,
    Class<?> keyType,
    boolean required,
    Method getter,
    Method setter,
    int index,
    @Nullable Leaf leaf) {

  /** How many values an attribute holds. */
  public enum Kind {
    /** One value. */
    ONE,
    /** An {@code Optional}. */
    OPTIONAL,
    /** A value that may be null. */
    NULLABLE,
    /** A list. */
    LIST,
    /** A map. */
    MAP
  }

  /** Returns this attribute at position {@code index}. */
  Attribute at(int index) {
    return new Attribute(name, kind, valueType, keyType, required, getter, setter, index, leaf);
  }

  /** Returns the attribute of {@code value}. */
  public Object get(Object value) {
    return invoke(getter, value);
  }

  /** Sets the attribute on a builder of its value type. */
  public void set(Object builder, Object value) {
    invoke(setter, builder, value);
  }

  /** Invokes {@code method}, rethrowing what it throws unwrapped. */
  public static Object invoke(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(method + " failed", cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(method + " is not accessible", e);
    }
  }
}
